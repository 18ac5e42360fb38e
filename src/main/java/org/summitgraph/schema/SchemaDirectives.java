package org.summitgraph.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.summitgraph.error.ErrorCode;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

/**
 * One schema, with the directives this service honours, for introspection and the schema file alike.
 * Left out of both: {@code @defer} and {@code @experimental_disableErrorPropagation}, which graphql-java
 * puts into every schema although SmallRye's HTTP transport delivers no incremental results and the
 * service does not switch error propagation; and SmallRye's {@code @rolesAllowed}, which names only the
 * first of a field's roles (the descriptions and the README say who may call what). A document that uses
 * one of them is refused as one that names an unknown directive. Also left out: federation's own definitions,
 * which only a gateway reads, in the subgraph's SDL ({@code _service}).
 */
public final class SchemaDirectives {

    static final Set<String> HIDDEN = Set.of("defer", "experimental_disableErrorPropagation", "rolesAllowed");
    private static final Set<String> FEDERATION = Set.of("key", "link");
    /** The specification's own directives: every GraphQL tool knows them, so the schema file need not define them. */
    private static final Set<String> SPECIFIED = Set.of("include", "skip", "deprecated", "specifiedBy", "oneOf");

    private SchemaDirectives() {
    }

    /** The schema file: the types, their descriptions and the directives clients can see by introspection. */
    public static String sdl(GraphQLSchema schema) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeScalarTypes(true)
                .includeDirectives(SchemaDirectives::shownDirective)
                .includeDirectiveDefinition(name -> shownDirective(name) && !SPECIFIED.contains(name))
                .includeSchemaElement(SchemaDirectives::shown))
                .print(schema);
    }

    /** Whether clients see a directive of this name, applied or defined. */
    private static boolean shownDirective(String name) {
        return !HIDDEN.contains(name) && !federationDefinition(name);
    }

    /** Whether clients see a directive definition or a type. */
    private static boolean shown(Object element) {
        return element instanceof GraphQLDirective directive ? shownDirective(directive.getName())
                : !(element instanceof GraphQLNamedType type && federationDefinition(type.getName()));
    }

    /**
     * Federation's directives and the types only they use ({@code @key}, {@code @link}, the namespaced
     * {@code federation__*} and {@code link__*}): a gateway reads them in the SDL of {@code _service}; clients
     * see the API, with {@code _service}, {@code _entities} and their types.
     */
    private static boolean federationDefinition(String name) {
        return name.startsWith("federation__") || name.startsWith("link__") || FEDERATION.contains(name);
    }

    public static SimplePerformantInstrumentation instrumentation() {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                    InstrumentationState state) {
                refuseUnsupported(parameters);
                return SimpleInstrumentationContext.noOp();
            }

            @Override
            public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                    InstrumentationState state) {
                String field = parameters.getField().getName();
                if (!("directives".equals(field) || "types".equals(field))
                        || !"__Schema".equals(parameters.getExecutionStepInfo().getObjectType().getName())) {
                    return dataFetcher;
                }
                return environment -> {
                    Object elements = dataFetcher.get(environment);
                    return elements instanceof List<?> list ? list.stream().filter(SchemaDirectives::shown).toList() : elements;
                };
            }
        };
    }

    private static void refuseUnsupported(InstrumentationValidationParameters parameters) {
        Directive hidden = hiddenDirective(parameters.getDocument());
        if (hidden != null) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message("Unknown directive \"@" + hidden.getName() + "\": this service does not support it")
                    .location(hidden.getSourceLocation()).errorType(ErrorType.ValidationError)
                    .extensions(Map.of("code", ErrorCode.GRAPHQL_VALIDATION_FAILED.name(),
                            "classification", ErrorType.ValidationError.name()))
                    .build()));
        }
    }

    /** The first directive of the document that the schema does not show, or null. */
    public static Directive hiddenDirective(Document document) {
        Directive[] found = new Directive[1];
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                if (HIDDEN.contains(node.getName())) {
                    found[0] = node;
                    return TraversalControl.QUIT;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return found[0];
    }
}
