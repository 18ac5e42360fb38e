package org.summitgraph.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.summitgraph.error.ErrorMessages;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;

/**
 * Gives SmallRye's {@code Int}, {@code Date} and {@code DateTime} scalars the input coercion the GraphQL
 * specification and their formats demand, so that a bad value is refused while the document is validated
 * (a literal) or its variables coerced, never reaching a resolver. SmallRye's own {@code Int} (2.17) wraps
 * literals beyond 32 bits ({@code 4294967297} became 1), refuses {@code -2147483648}, takes {@code 1E1}, and
 * hands any number or string given in a variable on to the resolver; its {@code Date} and {@code DateTime}
 * take any string and fail only while binding the argument, with a message naming Java classes.
 * Output is left to SmallRye.
 */
@ApplicationScoped
public class StrictScalars {

    /** The Java type each scalar made strict is registered for (it stands for several). */
    private static final Map<String, Class<?>> JAVA_TYPES = Map.of("Int", Integer.class, "Date", LocalDate.class,
            "DateTime", OffsetDateTime.class);
    private static final String INT_RANGE = "an Int, a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    private static final String DATE = "a date (YYYY-MM-DD), e.g. 2026-06-15";
    private static final String DATE_TIME = "a date-time with its offset (ISO-8601), e.g. 2026-06-15T10:00:00Z";

    /**
     * Puts the strict, described {@code Int}, {@code Date} and {@code DateTime} into SmallRye's scalar registry,
     * in place of its own, before SmallRye builds the schema's types from it: every type then holds these, the
     * query type that the federation transformation starts from included (SmallRye builds it before
     * {@link #replace}, and a second {@code Int} made the schema fail to build).
     */
    public static void register() {
        Map<String, GraphQLScalarType> byClass = GraphQLScalarTypes.getScalarMap();
        Map<String, GraphQLScalarType> replaced = new HashMap<>();
        byClass.replaceAll((className, scalar) -> {
            GraphQLScalarType strict = strict(scalar);
            return strict == null ? scalar
                    : replaced.computeIfAbsent(scalar.getName(), name -> ScalarHygiene.described(strict));
        });
        // by name too: SmallRye finds a field's scalar by its name
        replaced.forEach((name, scalar) -> GraphQLScalarTypes.registerCustomScalar(name, JAVA_TYPES.get(name).getName(), scalar));
    }

    /**
     * The schema's directives as code generators should see them (see {@link ScalarHygiene}): the schema is
     * built once here, the applied {@code @constraint}s trimmed wherever they stand (which makes new instances
     * of the types that hold them), and the builder given the result, with no scalar that nothing uses.
     */
    void replace(@Observes GraphQLSchema.Builder builder) {
        GraphQLSchema strict = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLDirective(GraphQLDirective directive,
                    TraverserContext<GraphQLSchemaElement> context) {
                GraphQLDirective replacement = ScalarHygiene.withSetArguments(directive);
                return replacement == directive ? TraversalControl.CONTINUE : changeNode(context, replacement);
            }
        });
        builder.query(strict.getQueryType())
                .mutation(strict.getMutationType())
                .subscription(strict.getSubscriptionType())
                .clearAdditionalTypes()
                .additionalTypes(ScalarHygiene.additionalTypes(strict))
                .clearDirectives()
                .additionalDirectives(ScalarHygiene.directives(strict))
                .codeRegistry(byName(strict));
    }

    /**
     * The schema's code, with type resolvers that answer the schema's own object types: SmallRye's resolvers of
     * interfaces and unions (node(id:) answers a Node) answer the instances they were built with, which a
     * fragment's type condition would no longer match ({@code ... on Source} selected nothing).
     */
    private static GraphQLCodeRegistry byName(GraphQLSchema schema) {
        GraphQLCodeRegistry code = schema.getCodeRegistry();
        return code.transform(registry -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                TypeResolver resolver = type instanceof GraphQLInterfaceType abstractType ? code.getTypeResolver(abstractType)
                        : type instanceof GraphQLUnionType union ? code.getTypeResolver(union) : null;
                if (resolver != null) {
                    registry.typeResolver(type.getName(),
                            env -> env.getSchema().getObjectType(resolver.getType(env).getName()));
                }
            }
        });
    }

    /** The strict version of a scalar, or null for one that needs none. */
    static GraphQLScalarType strict(GraphQLScalarType scalar) {
        if (scalar.getCoercing() instanceof IntCoercing || scalar.getCoercing() instanceof TemporalCoercing) {
            return null;
        }
        Coercing<?, ?> coercing = switch (scalar.getName()) {
            case "Int" -> new IntCoercing(scalar.getCoercing());
            case "Date" -> new TemporalCoercing(scalar.getCoercing(), LocalDate::parse, DATE);
            case "DateTime" -> new TemporalCoercing(scalar.getCoercing(), OffsetDateTime::parse, DATE_TIME);
            default -> null;
        };
        return coercing == null ? null : scalar.transform(b -> b.coercing(coercing));
    }

    /** How a value that was refused is shown in a message: a short excerpt, strings quoted. */
    private static String shown(Object value) {
        return value instanceof CharSequence text ? "the text \"" + ErrorMessages.excerpt(text.toString()) + "\""
                : ErrorMessages.excerpt(String.valueOf(value));
    }

    /**
     * {@code Int} as the specification has it: a literal is an integer (no fraction, no exponent), a variable
     * a JSON number with an integral value, both from -2^31 to 2^31 - 1; no strings.
     */
    static final class IntCoercing implements Coercing<Object, Object> {
        private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
        private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

        private final Coercing<?, ?> output;

        IntCoercing(Coercing<?, ?> output) {
            this.output = output;
        }

        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale) {
            return output.serialize(result, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (!(input instanceof Number number)) {
                throw new CoercingParseValueException("expects " + INT_RANGE + ", not " + shown(input));
            }
            BigInteger value;
            try {
                value = new BigDecimal(number.toString()).toBigIntegerExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CoercingParseValueException("expects " + INT_RANGE + ", not " + shown(number));
            }
            if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
                throw new CoercingParseValueException("expects " + INT_RANGE + ", not " + shown(value));
            }
            return value.intValueExact();
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (!(input instanceof IntValue literal)) {
                throw new CoercingParseLiteralException("expects " + INT_RANGE
                        + ", written without quotes, fraction or exponent, e.g. 20");
            }
            BigInteger value = literal.getValue();
            if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
                throw new CoercingParseLiteralException("expects " + INT_RANGE + ", not " + shown(value));
            }
            return value.intValueExact();
        }

        /** Prints default values (SmallRye gives them as BigDecimal) in the schema and introspection. */
        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return IntValue.of((Integer) parseValue(input, context, locale));
        }
    }

    /**
     * A date or date-time scalar that refuses a string that does not parse, then leaves the string to SmallRye,
     * which binds it to the argument's Java type as before.
     */
    static final class TemporalCoercing implements Coercing<Object, Object> {
        private final Coercing<?, ?> smallRye;
        private final Function<String, ?> parser;
        private final String expected;

        TemporalCoercing(Coercing<?, ?> smallRye, Function<String, ?> parser, String expected) {
            this.smallRye = smallRye;
            this.parser = parser;
            this.expected = expected;
        }

        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale) {
            return smallRye.serialize(result, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (!(input instanceof String text) || !parses(text)) {
                throw new CoercingParseValueException("expects " + expected + ", not " + shown(input));
            }
            return smallRye.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (!(input instanceof StringValue literal)) {
                throw new CoercingParseLiteralException("expects " + expected + ", written as a string");
            }
            if (!parses(literal.getValue())) {
                throw new CoercingParseLiteralException("expects " + expected + ", not " + shown(literal.getValue()));
            }
            return smallRye.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return smallRye.valueToLiteral(input, context, locale);
        }

        private boolean parses(String text) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
