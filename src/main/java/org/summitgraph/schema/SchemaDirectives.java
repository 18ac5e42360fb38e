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
 * one of them is refused as one that names an unknown directive.
 */
public final class SchemaDirectives {

    static final Set<String> HIDDEN = Set.of("defer", "experimental_disableErrorPropagation", "rolesAllowed");
    /** The specification's own directives: every GraphQL tool knows them, so the schema file need not define them. */
    private static final Set<String> SPECIFIED = Set.of("include", "skip", "deprecated", "specifiedBy", "oneOf");

    private SchemaDirectives() {
    }

    /** The schema file: the types, their descriptions and the directives clients can see by introspection. */
    public static String sdl(GraphQLSchema schema) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeScalarTypes(true)
                .includeDirectives(name -> !HIDDEN.contains(name))
                .includeDirectiveDefinition(name -> !HIDDEN.contains(name) && !SPECIFIED.contains(name)))
                .print(schema);
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
                if (!"directives".equals(parameters.getField().getName())
                        || !"__Schema".equals(parameters.getExecutionStepInfo().getObjectType().getName())) {
                    return dataFetcher;
                }
                return environment -> {
                    Object directives = dataFetcher.get(environment);
                    return directives instanceof List<?> list
                            ? list.stream().filter(d -> !(d instanceof GraphQLDirective directive
                                    && HIDDEN.contains(directive.getName()))).toList()
                            : directives;
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
