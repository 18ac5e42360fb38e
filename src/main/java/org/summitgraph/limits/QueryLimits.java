package org.summitgraph.limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.data.Paging;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.error.Refusals;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
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
 * that runs too long. Fragments are counted expanded before validation too: a few fragments each
 * spreading the next ten times make a kilobyte that expands to 10^12 fields, which graphql-java's
 * validation, depth and cost checks would expand in full. The limits are {@link SummitGraphConfig.Limits}.
 *
 * <p>Cost: every field costs 1; the fields selected under a list cost once per item the list may
 * have. A paged field (one with a {@code first} argument) has {@code first} items, or
 * {@link Paging#DEFAULT_PAGE_SIZE} without a value, as the list itself does; the {@code edges}/{@code nodes} lists of a connection
 * are those same items and multiply nothing; a list asked for by a list argument ({@code nodes(ids:)})
 * has as many items as that argument; any other list (participants, members, posts...) has no
 * page size and is assumed to hold {@code unpaged-list-size} items. The items of list arguments
 * count too, each 1.
 */
public final class QueryLimits {

    /** graphql-java counts the end of the document as a token too. */
    private static final int END_OF_DOCUMENT = 1;

    private QueryLimits() {
    }

    /**
     * The instrumentations enforcing the limits, in the order they must run.
     *
     * @param budget the rate limit, charged with the cost of each operation that passes the cost limit
     * @param clients who to charge
     */
    public static List<Instrumentation> instrumentations(SummitGraphConfig.Limits limits, CostBudget budget,
            Clients clients) {
        return List.of(
                new DocumentLimits(limits),
                new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
                    throw Refusals.abort(ErrorCode.MAX_DEPTH_EXCEEDED, "The query is nested " + info.getDepth()
                            + " levels deep; at most " + limits.maxDepth() + " are allowed");
                }) {
                    @Override
                    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                        return introspectionOnly(parameters) ? SimpleInstrumentationContext.noOp()
                                : super.beginExecuteOperation(parameters, state);
                    }
                },
                new CostCheck(limits, budget, clients),
                new ExecutionTimeLimit(limits.timeout()));
    }

    /**
     * Estimates an operation's cost before it runs: refuses it over {@code max-cost} (COST_EXCEEDED), else
     * charges its client's budget ({@link CostBudget}), refusing it when the budget holds less
     * (RATE_LIMITED, with {@code extensions.retryAfter}). Every answer then carries
     * {@code extensions.cost { requested limit }}: the estimate (0 for an operation that did not get that far,
     * and for introspection only, which is neither limited nor charged) and {@code max-cost}. The same document
     * and variables always cost the same, so an answer kept with its cost stays true. What was charged is in
     * the operation's GraphQLContext ({@link #charge}), for the {@code rateLimit} field.
     */
    static final class CostCheck extends MaxQueryComplexityInstrumentation {
        private final SummitGraphConfig.Limits limits;

        CostCheck(SummitGraphConfig.Limits limits, CostBudget budget, Clients clients) {
            // every operation's cost is handed to the check, which refuses it or not: hence the -1
            super(-1, new Cost(limits), info -> {
                long cost = info.getComplexity();
                GraphQLContext context = info.getInstrumentationExecuteOperationParameters().getExecutionContext()
                        .getGraphQLContext();
                context.put(Requested.class, new Requested(cost));
                if (cost > limits.maxCost()) {
                    throw Refusals.abort(ErrorCode.COST_EXCEEDED, "The query's estimated cost is " + cost
                            + "; at most " + limits.maxCost() + " is allowed (each field costs 1, "
                            + "times the size of the lists it is under: ask for smaller pages or fewer fields)");
                }
                String client = clients.current();
                if (client == null) {
                    return false;
                }
                CostBudget.Charge charge = budget.charge(client, cost);
                context.put(CostBudget.Charge.class, charge);
                if (!charge.granted()) {
                    throw Refusals.abort(ErrorCode.RATE_LIMITED, (cost > charge.limit()
                            ? "The query's estimated cost is " + cost + ", more than the " + charge.limit()
                                    + " points a client may spend per minute: ask for smaller pages or fewer fields"
                            : "The query's estimated cost is " + cost + "; " + charge.remaining() + " of the "
                                    + charge.limit() + " points a client may spend per minute are left: try again in "
                                    + charge.retryAfterSeconds() + " s"),
                            Map.of("retryAfter", charge.retryAfterSeconds()));
                }
                return false;
            });
            this.limits = limits;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            return introspectionOnly(parameters) ? SimpleInstrumentationContext.noOp()
                    : super.beginExecuteOperation(parameters, state);
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("requested", requested(parameters.getGraphQLContext()));
            cost.put("limit", limits.maxCost());
            return CompletableFuture.completedFuture(result.transform(b -> b.addExtension("cost", cost)));
        }
    }

    /** The estimated cost of the operation; 0 when it was not estimated (introspection, refused earlier). */
    public static long requested(GraphQLContext context) {
        Requested requested = context.get(Requested.class);
        return requested == null ? 0 : requested.cost();
    }

    /** The estimated cost of an operation, noted in its context by {@link CostCheck}. */
    private record Requested(long cost) {
    }

    /** What the current operation's client was charged; null when nobody was (introspection, WebSocket). */
    public static CostBudget.Charge charge(GraphQLContext context) {
        return context.get(CostBudget.Charge.class);
    }

    /**
     * Whether the operation only asks for the schema ({@code __schema}, {@code __type}): GraphiQL's
     * introspection query nests {@code ofType} deeper than the depth limit and its lists cost more
     * than the cost limit. It reads nothing from the database, is switched off with
     * {@code introspection-enabled}, and graphql-java's good-faith introspection check bounds it.
     */
    static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
        return introspectionOnly(parameters.getExecutionContext().getOperationDefinition());
    }

    static boolean introspectionOnly(OperationDefinition operation) {
        List<Selection> selections = operation.getSelectionSet().getSelections();
        return !selections.isEmpty() && selections.stream()
                .allMatch(s -> s instanceof Field field && field.getName().startsWith("__"));
    }

    /**
     * Tokens (through the parser's own limit), aliases, directives, and the fields and depth of each
     * operation with its fragments expanded, all before validation.
     */
    static final class DocumentLimits extends SimplePerformantInstrumentation {
        private final SummitGraphConfig.Limits limits;

        DocumentLimits(SummitGraphConfig.Limits limits) {
            this.limits = limits;
        }

        /** Whether the parser gave up on the operation's document for its number of tokens. */
        private static final class Parse implements InstrumentationState {
            private volatile boolean tooManyTokens;
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            return CompletableFuture.completedFuture(new Parse());
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
                if (failure != null && failure.getClass() == ParseCancelledException.class
                        && state instanceof Parse parse) {
                    parse.tooManyTokens = true;
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
                } else if (node instanceof ObjectValue object) {
                    refuseRepeatedFields(object);
                }
                for (Node<?> child : node.getChildren()) {
                    pending.push(child);
                }
            }
            if (counts[0] > limits.maxAliases()) {
                throw Refusals.abort(ErrorCode.TOO_MANY_ALIASES, "The document has " + counts[0]
                        + " aliases; at most " + limits.maxAliases() + " are allowed");
            }
            if (counts[1] > limits.maxDirectives()) {
                throw Refusals.abort(ErrorCode.TOO_MANY_DIRECTIVES, "The document has " + counts[1]
                        + " directives; at most " + limits.maxDirectives() + " are allowed");
            }
            Expansion expansion = new Expansion(parameters.getDocument());
            for (OperationDefinition operation : parameters.getDocument().getDefinitionsOfType(OperationDefinition.class)) {
                Size size = expansion.of(operation.getSelectionSet());
                // each field costs at least 1, so more fields than the cost limit is over it whatever the lists
                if (size.fields() > limits.maxCost()) {
                    throw Refusals.abort(ErrorCode.COST_EXCEEDED, "The query expands to " + size.fields()
                            + " fields through its fragments; at most " + limits.maxCost() + " are allowed");
                }
                if (size.depth() > limits.maxDepth() && !introspectionOnly(operation)) {
                    throw Refusals.abort(ErrorCode.MAX_DEPTH_EXCEEDED, "The query is nested " + size.depth()
                            + " levels deep through its fragments; at most " + limits.maxDepth() + " are allowed");
                }
            }
            return SimpleInstrumentationContext.noOp();
        }

        /**
         * The specification's input object field uniqueness, checked before validation: scalars that take any
         * object (federation's {@code _Any}) failed on a repeated field while validation coerced the literal.
         */
        private static void refuseRepeatedFields(ObjectValue object) {
            Set<String> names = new HashSet<>();
            for (ObjectField field : object.getObjectFields()) {
                if (!names.add(field.getName())) {
                    throw Refusals.abort(ErrorCode.GRAPHQL_VALIDATION_FAILED, "An input object gives the field `"
                            + field.getName() + "` more than once; each field may be given once");
                }
            }
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (!(state instanceof Parse parse && parse.tooManyTokens)) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = result.getErrors().stream()
                    .map(e -> e instanceof InvalidSyntaxError
                            ? Refusals.coded(ErrorCode.TOO_MANY_TOKENS, "The document has more than " + limits.maxTokens()
                                    + " tokens, the most allowed", ErrorType.InvalidSyntax)
                            : e)
                    .toList();
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
        }
    }

    /** Fields of a selection set with its fragments expanded, and how deep they nest. */
    record Size(long fields, int depth) {
        static final Size NONE = new Size(0, 0);
    }

    /**
     * Sizes selection sets without expanding them: each fragment is sized once, and a spread adds
     * its fragment's size, so the time is linear in the document whatever it expands to. Counts
     * saturate instead of overflowing.
     */
    static final class Expansion {
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Size> sized = new HashMap<>();
        private final Set<String> sizing = new HashSet<>();

        Expansion(Document document) {
            for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            }
        }

        Size of(SelectionSet selectionSet) {
            if (selectionSet == null) {
                return Size.NONE;
            }
            long fields = 0;
            int depth = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                Size size = Size.NONE;
                if (selection instanceof Field field) {
                    Size below = of(field.getSelectionSet());
                    size = new Size(saturatedAdd(1, below.fields()), below.depth() + 1);
                } else if (selection instanceof InlineFragment inline) {
                    size = of(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    size = fragment(spread.getName());
                }
                fields = saturatedAdd(fields, size.fields());
                depth = Math.max(depth, size.depth());
            }
            return new Size(fields, depth);
        }

        private Size fragment(String name) {
            Size known = sized.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            // an unknown fragment or a cycle: validation refuses the document, this only must not loop
            if (fragment == null || !sizing.add(name)) {
                return Size.NONE;
            }
            Size size = of(fragment.getSelectionSet());
            sizing.remove(name);
            sized.put(name, size);
            return size;
        }

        private static long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }

    /**
     * The cost of a field: 1, plus the items of its list arguments, plus its selections' cost times
     * the items of the list it is. Refuses a list argument longer than {@code max-list-argument}.
     */
    static final class Cost implements FieldComplexityCalculator {
        private final SummitGraphConfig.Limits limits;

        Cost(SummitGraphConfig.Limits limits) {
            this.limits = limits;
        }

        @Override
        public int calculate(FieldComplexityEnvironment env, int childComplexity) {
            long cost = 1L + listItems(env) + (long) childComplexity * items(env);
            return (int) Math.min(cost, Integer.MAX_VALUE / 2);
        }

        /** The items of the field's list arguments, those in input objects included. */
        private long listItems(FieldComplexityEnvironment env) {
            long items = 0;
            for (Map.Entry<String, Object> argument : env.getArguments().entrySet()) {
                items += listItems(env, argument.getKey(), argument.getValue());
            }
            return items;
        }

        private long listItems(FieldComplexityEnvironment env, String argument, Object value) {
            long items = 0;
            if (value instanceof List<?> list) {
                if (list.size() > limits.maxListArgument()) {
                    throw Refusals.abort(ErrorCode.BAD_USER_INPUT, "The list `" + argument + "` of `"
                            + env.getField().getName() + "` has " + list.size() + " items; at most "
                            + limits.maxListArgument() + " are allowed");
                }
                items += list.size();
                for (Object item : list) {
                    items += listItems(env, argument, item);
                }
            } else if (value instanceof Map<?, ?> object) {
                for (Object field : object.values()) {
                    items += listItems(env, argument, field);
                }
            }
            return items;
        }

        private long items(FieldComplexityEnvironment env) {
            if (env.getFieldDefinition().getArgument("first") != null) {
                // a page read backward has `last` items; `first` is then not used
                Object last = env.getArguments().get("last");
                if (last instanceof Number n) {
                    return Math.max(0, n.intValue());
                }
                Object first = env.getArguments().get("first");
                return first instanceof Number n ? Math.max(0, n.intValue()) : Paging.DEFAULT_PAGE_SIZE;
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
            if (!(type instanceof GraphQLList)) {
                return 1;
            }
            if (env.getParentType().getName().endsWith("Connection")) {
                return 1; // the items of the page its field already counted
            }
            // a list asked for by a list (nodes(ids:)) has one item per item asked for
            return env.getArguments().values().stream().filter(List.class::isInstance)
                    .mapToLong(list -> ((List<?>) list).size()).max().orElse(limits.unpagedListSize());
        }
    }
}
