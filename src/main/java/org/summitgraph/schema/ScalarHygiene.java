package org.summitgraph.schema;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What code generators read in the schema besides the types: the date scalars say which format they follow
 * ({@code @specifiedBy}) and the schema holds no scalar that nothing uses. SmallRye's {@code @constraint}
 * directive (the Bean Validation limits of input values) declares every argument it could take, among them
 * {@code min}/{@code max} as {@code BigInteger} and {@code minFloat}/{@code maxFloat} as {@code BigDecimal}:
 * the service declares only the arguments its inputs use, so that those scalars, which no field has, leave
 * the schema (graphql-codegen typed them {@code any}, or failed with strictScalars). Validation does not read
 * the directive: Hibernate Validator checks the inputs' Java constraints ({@code InputValidationTest}).
 */
final class ScalarHygiene {

    static final String LOCAL_DATE_SPEC = "https://scalars.graphql.org/andimarek/local-date.html";
    static final String DATE_TIME_SPEC = "https://www.rfc-editor.org/rfc/rfc3339#section-5.6";
    private static final String CONSTRAINT = "constraint";

    private ScalarHygiene() {
    }

    /** {@code Date} and {@code DateTime} with their description and specification; other scalars as they are. */
    static GraphQLScalarType described(GraphQLScalarType scalar) {
        return switch (scalar.getName()) {
            case "Date" -> specified(scalar, LOCAL_DATE_SPEC,
                    "A calendar day without time zone, YYYY-MM-DD (RFC 3339 full-date), e.g. \"2025-11-27\". "
                            + "Sent and received as a string.");
            case "DateTime" -> specified(scalar, DATE_TIME_SPEC,
                    "An instant with its offset from UTC (RFC 3339 date-time, section 5.6), e.g. "
                            + "\"2026-06-15T10:00:00Z\" or \"2026-06-15T12:00:00.25+02:00\"; fractions of a second "
                            + "only when not zero. Sent and received as a string.");
            default -> scalar;
        };
    }

    /**
     * The scalar with its specification for introspection ({@code specifiedByURL}) and as the applied
     * {@code @specifiedBy} that the schema file shows (graphql-java's printer shows only applied directives).
     */
    private static GraphQLScalarType specified(GraphQLScalarType scalar, String url, String description) {
        GraphQLAppliedDirective specifiedBy = GraphQLAppliedDirective.newDirective().name("specifiedBy")
                .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url").type(Scalars.GraphQLString)
                        .valueProgrammatic(url))
                .build();
        return scalar.transform(b -> b.specifiedByUrl(url).description(description).withAppliedDirective(specifiedBy));
    }

    /** The directive definitions, {@code @constraint} with the arguments some input field or argument sets. */
    static Set<GraphQLDirective> directives(GraphQLSchema schema) {
        Set<String> used = new HashSet<>();
        inputElements(schema).forEach(element -> {
            element.getAppliedDirectives(CONSTRAINT).stream().flatMap(applied -> applied.getArguments().stream())
                    .filter(GraphQLAppliedDirectiveArgument::hasSetValue).forEach(argument -> used.add(argument.getName()));
            legacyDirectives(element).stream().flatMap(applied -> applied.getArguments().stream())
                    .filter(GraphQLArgument::hasSetValue).forEach(argument -> used.add(argument.getName()));
        });
        Set<GraphQLDirective> directives = new LinkedHashSet<>();
        for (GraphQLDirective directive : schema.getDirectives()) {
            directives.add(!CONSTRAINT.equals(directive.getName()) ? directive
                    : directive.transform(b -> b.clearArguments().replaceArguments(directive.getArguments().stream()
                            .filter(argument -> used.contains(argument.getName())).toList())));
        }
        return directives;
    }

    /**
     * An applied {@code @constraint} with the arguments it sets: SmallRye gives each one every argument of the
     * directive, the unset ones too, which keeps their types in the schema. Other directives as they are, and so
     * is the definition, which sets no argument (it is replaced by {@link #directives}).
     */
    static GraphQLDirective withSetArguments(GraphQLDirective directive) {
        List<GraphQLArgument> arguments = directive.getArguments();
        if (!CONSTRAINT.equals(directive.getName()) || arguments.stream().allMatch(GraphQLArgument::hasSetValue)
                || arguments.stream().noneMatch(GraphQLArgument::hasSetValue)) {
            return directive;
        }
        return directive.transform(b -> b.clearArguments().replaceArguments(
                directive.getArguments().stream().filter(GraphQLArgument::hasSetValue).toList()));
    }

    /** The additional types without the scalars that no field, argument or input field has. */
    static Set<GraphQLType> additionalTypes(GraphQLSchema schema) {
        Set<String> used = new HashSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLFieldsContainer container) {
                container.getFieldDefinitions().forEach(field -> {
                    used.add(named(field.getType()));
                    field.getArguments().forEach(argument -> used.add(named(argument.getType())));
                });
            } else if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(field -> used.add(named(field.getType())));
            }
        }
        Set<GraphQLType> kept = new HashSet<>();
        for (GraphQLType type : schema.getAdditionalTypes()) {
            if (!(type instanceof GraphQLScalarType scalar) || used.contains(scalar.getName())) {
                kept.add(type);
            }
        }
        return kept;
    }

    /** SmallRye applies {@code @constraint} the way graphql-java had before applied directives. */
    @SuppressWarnings("deprecation")
    private static List<GraphQLDirective> legacyDirectives(GraphQLDirectiveContainer element) {
        return element.getDirectives(CONSTRAINT);
    }

    private static String named(GraphQLType type) {
        return ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
    }

    /** The schema's input fields and field arguments: where {@code @constraint} may stand. */
    private static Stream<GraphQLDirectiveContainer> inputElements(GraphQLSchema schema) {
        Collection<GraphQLNamedType> types = schema.getAllTypesAsList();
        Stream<GraphQLDirectiveContainer> inputFields = types.stream()
                .filter(GraphQLInputObjectType.class::isInstance).map(GraphQLInputObjectType.class::cast)
                .flatMap(input -> input.getFieldDefinitions().stream());
        Stream<GraphQLArgument> arguments = types.stream()
                .filter(GraphQLFieldsContainer.class::isInstance).map(GraphQLFieldsContainer.class::cast)
                .flatMap(container -> container.getFieldDefinitions().stream())
                .flatMap(field -> field.getArguments().stream());
        return Stream.concat(inputFields, arguments);
    }
}
