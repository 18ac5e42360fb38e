package org.summitgraph.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.Selection;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;

/**
 * Refuses hostile documents before any data is fetched, each with its own {@code extensions.code}:
 * too many tokens (while parsing), too many aliases or directives (before validation), too deep or
 * too costly (after validation, before execution); then {@link ExecutionTimeLimit} stops an operation
 * that runs too long. The limits are {@link SummitGraphConfig.Limits}.
 *
 * <p>Cost: every field costs 1; the fields selected under a list cost once per item the list may
 * have. A paged field (one with a {@code first} argument) has {@code first} items, or
 * {@code default-list-size} without a value; the {@code edges}/{@code nodes} lists of a connection
 * are those same items and multiply nothing; any other list (participants, members, posts...) has no
 * page size and is assumed to hold {@code unpaged-list-size} items.
 */
public final class QueryLimits {

    private static final String TOO_MANY_TOKENS = QueryLimits.class.getName() + ".tooManyTokens";

    /** graphql-java counts the end of the document as a token too. */
    private static final int END_OF_DOCUMENT = 1;

    private QueryLimits() {
    }

    /** The instrumentations enforcing the limits, in the order they must run. */
    public static List<Instrumentation> instrumentations(SummitGraphConfig.Limits limits) {
        return List.of(
                new DocumentLimits(limits),
                new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
                    throw abort(ErrorCode.MAX_DEPTH_EXCEEDED, "The query is nested " + info.getDepth()
                            + " levels deep; at most " + limits.maxDepth() + " are allowed");
                }) {
                    @Override
                    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                        return introspectionOnly(parameters) ? SimpleInstrumentationContext.noOp()
                                : super.beginExecuteOperation(parameters, state);
                    }
                },
                new MaxQueryComplexityInstrumentation(limits.maxCost(), new Cost(limits), info -> {
                    throw abort(ErrorCode.COST_EXCEEDED, "The query's estimated cost is " + info.getComplexity()
                            + "; at most " + limits.maxCost() + " is allowed (each field costs 1, "
                            + "times the size of the lists it is under: ask for smaller pages or fewer fields)");
                }) {
                    @Override
                    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                        return introspectionOnly(parameters) ? SimpleInstrumentationContext.noOp()
                                : super.beginExecuteOperation(parameters, state);
                    }
                },
                new ExecutionTimeLimit(limits.timeout()));
    }

    /**
     * Whether the operation only asks for the schema ({@code __schema}, {@code __type}): GraphiQL's
     * introspection query nests {@code ofType} deeper than the depth limit and its lists cost more
     * than the cost limit. It reads nothing from the database, is switched off with
     * {@code introspection-enabled}, and graphql-java's good-faith introspection check bounds it.
     */
    static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
        List<Selection> selections = parameters.getExecutionContext().getOperationDefinition().getSelectionSet()
                .getSelections();
        return !selections.isEmpty() && selections.stream()
                .allMatch(s -> s instanceof Field field && field.getName().startsWith("__"));
    }

    private static final Set<String> REFUSALS = Set.of(ErrorCode.MAX_DEPTH_EXCEEDED.name(),
            ErrorCode.COST_EXCEEDED.name(), ErrorCode.TOO_MANY_ALIASES.name(), ErrorCode.TOO_MANY_DIRECTIVES.name(),
            ErrorCode.TOO_MANY_TOKENS.name(), ErrorCode.PERSISTED_QUERY_NOT_IN_LIST.name(),
            ErrorCode.GRAPHQL_VALIDATION_FAILED.name());

    /**
     * Whether the error is one of these limits' refusals, or another refusal of the service's own
     * (an unsupported directive), which carries its code already.
     */
    static boolean isRefusal(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        return extensions != null && extensions.get("code") instanceof String code && REFUSALS.contains(code);
    }

    static AbortExecutionException abort(ErrorCode code, String message) {
        return new AbortExecutionException(List.of(coded(code, message, ErrorType.ExecutionAborted)));
    }

    static GraphQLError coded(ErrorCode code, String message, ErrorType classification) {
        return GraphqlErrorBuilder.newError().message(message).errorType(classification)
                .extensions(Map.of("code", code.name(), "classification", classification.name())).build();
    }

    /** Tokens (through the parser's own limit), aliases and directives, all before validation. */
    static final class DocumentLimits extends SimplePerformantInstrumentation {
        private final SummitGraphConfig.Limits limits;

        DocumentLimits(SummitGraphConfig.Limits limits) {
            this.limits = limits;
        }

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            // per request rather than JVM-wide: graphql-java reads the parser options from the context
            input.getGraphQLContext().put(ParserOptions.class, ParserOptions.getDefaultOperationParserOptions()
                    .transform(b -> b.maxTokens(limits.maxTokens() + END_OF_DOCUMENT)));
            return input;
        }

        @Override
        public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
                // the subclasses are about rule depth and characters, not tokens
                if (failure != null && failure.getClass() == ParseCancelledException.class) {
                    parameters.getGraphQLContext().put(TOO_MANY_TOKENS, Boolean.TRUE);
                }
            });
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            int[] counts = new int[2];
            Deque<Node<?>> pending = new ArrayDeque<>();
            pending.push(parameters.getDocument());
            while (!pending.isEmpty()) {
                Node<?> node = pending.pop();
                if (node instanceof Field field && field.getAlias() != null) {
                    counts[0]++;
                } else if (node instanceof Directive) {
                    counts[1]++;
                }
                for (Node<?> child : node.getChildren()) {
                    pending.push(child);
                }
            }
            if (counts[0] > limits.maxAliases()) {
                throw abort(ErrorCode.TOO_MANY_ALIASES, "The document has " + counts[0]
                        + " aliases; at most " + limits.maxAliases() + " are allowed");
            }
            if (counts[1] > limits.maxDirectives()) {
                throw abort(ErrorCode.TOO_MANY_DIRECTIVES, "The document has " + counts[1]
                        + " directives; at most " + limits.maxDirectives() + " are allowed");
            }
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (!Boolean.TRUE.equals(parameters.getGraphQLContext().get(TOO_MANY_TOKENS))) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = result.getErrors().stream()
                    .map(e -> e instanceof InvalidSyntaxError
                            ? coded(ErrorCode.TOO_MANY_TOKENS, "The document has more than " + limits.maxTokens()
                                    + " tokens, the most allowed", ErrorType.InvalidSyntax)
                            : e)
                    .toList();
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
        }
    }

    /** The cost of a field: 1 plus its selections', times the items of the list it is. */
    static final class Cost implements FieldComplexityCalculator {
        private final SummitGraphConfig.Limits limits;

        Cost(SummitGraphConfig.Limits limits) {
            this.limits = limits;
        }

        @Override
        public int calculate(FieldComplexityEnvironment env, int childComplexity) {
            long cost = 1L + (long) childComplexity * items(env);
            return (int) Math.min(cost, Integer.MAX_VALUE / 2);
        }

        private int items(FieldComplexityEnvironment env) {
            if (env.getFieldDefinition().getArgument("first") != null) {
                Object first = env.getArguments().get("first");
                return first instanceof Number n ? Math.max(0, n.intValue()) : limits.defaultListSize();
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
            if (!(type instanceof GraphQLList)) {
                return 1;
            }
            if (env.getParentType().getName().endsWith("Connection")) {
                return 1; // the items of the page its field already counted
            }
            return limits.unpagedListSize();
        }
    }
}
