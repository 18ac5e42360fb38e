package org.summitgraph.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import io.smallrye.graphql.scalar.number.IntegerScalar;
import io.smallrye.graphql.scalar.time.DateScalar;
import io.smallrye.graphql.scalar.time.DateTimeScalar;

/** The scalars of {@link StrictScalars}, made from SmallRye's own, without the application. */
class StrictScalarsTest {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();
    private static final Locale LOCALE = Locale.ENGLISH;
    private static final String RANGE = "expects an Int, a whole number from -2147483648 to 2147483647";

    private final Coercing<?, ?> integer = StrictScalars.strict(new IntegerScalar().getScalarType()).getCoercing();
    private final Coercing<?, ?> date = StrictScalars.strict(new DateScalar().getScalarType()).getCoercing();
    private final Coercing<?, ?> dateTime = StrictScalars.strict(new DateTimeScalar().getScalarType()).getCoercing();

    @Test
    void intLiteralsAreThirtyTwoBitIntegers() {
        assertEquals(Integer.MIN_VALUE, literal(integer, intValue("-2147483648")));
        assertEquals(Integer.MAX_VALUE, literal(integer, IntValue.of(Integer.MAX_VALUE)));
        assertEquals(RANGE + ", not 4294967297", literalRefusal(integer, intValue("4294967297")));
        assertEquals(RANGE + ", not 2147483648", literalRefusal(integer, intValue("2147483648")));
        assertEquals(RANGE + ", not -2147483649", literalRefusal(integer, intValue("-2147483649")));
        String notWritten = RANGE + ", written without quotes, fraction or exponent, e.g. 20";
        assertEquals(notWritten, literalRefusal(integer, FloatValue.of(10)));
        assertEquals(notWritten, literalRefusal(integer, StringValue.of("7")));
    }

    @Test
    void intVariablesAreIntegralNumbersInRange() {
        assertEquals(Integer.MIN_VALUE, integer.parseValue((long) Integer.MIN_VALUE, CONTEXT, LOCALE));
        assertEquals(20, integer.parseValue(new BigDecimal("2E+1"), CONTEXT, LOCALE));
        assertEquals(20, integer.parseValue(20.0, CONTEXT, LOCALE));
        assertEquals(RANGE + ", not 4294967297", valueRefusal(integer, 4_294_967_297L));
        assertEquals(RANGE + ", not 1.5", valueRefusal(integer, 1.5));
        assertEquals(RANGE + ", not the text \"7\"", valueRefusal(integer, "7"));
        assertEquals(RANGE + ", not true", valueRefusal(integer, true));
        assertEquals(RANGE + ", not NaN", valueRefusal(integer, Double.NaN));
        assertEquals(RANGE + ", not " + "9".repeat(79) + "\u2026", valueRefusal(integer, new BigInteger("9".repeat(500))));
    }

    /** SmallRye hands default values over as BigDecimal; the schema prints them as Int literals. */
    @Test
    void intDefaultValuesPrintAsLiterals() {
        Value<?> printed = integer.valueToLiteral(new BigDecimal("20"), CONTEXT, LOCALE);
        assertEquals(20, ((IntValue) printed).getValue().intValueExact());
    }

    @Test
    void intOutputIsLeftToSmallRye() {
        assertEquals(42, integer.serialize(42, CONTEXT, LOCALE));
    }

    @Test
    void datesMustParseAndStayStringsForSmallRye() {
        assertEquals("2024-02-29", literal(date, StringValue.of("2024-02-29")));
        assertEquals("2024-02-29", date.parseValue("2024-02-29", CONTEXT, LOCALE));
        String expected = "expects a date (YYYY-MM-DD), e.g. 2026-06-15";
        assertEquals(expected + ", not the text \"2025-13-45\"", literalRefusal(date, StringValue.of("2025-13-45")));
        assertEquals(expected + ", not the text \"2023-02-29\"", valueRefusal(date, "2023-02-29"));
        assertEquals(expected + ", not the text \"2026-06-15T10:00:00\"", valueRefusal(date, "2026-06-15T10:00:00"));
        assertEquals(expected + ", not 20250101", valueRefusal(date, 20250101));
        assertEquals(expected + ", written as a string", literalRefusal(date, IntValue.of(20250101)));
    }

    @Test
    void dateTimesNeedTheirOffset() {
        assertEquals("2026-06-15T10:00:00Z", dateTime.parseValue("2026-06-15T10:00:00Z", CONTEXT, LOCALE));
        assertEquals("expects a date-time with its offset (ISO-8601), e.g. 2026-06-15T10:00:00Z, not the text "
                + "\"2026-06-15T10:00:00\"", valueRefusal(dateTime, "2026-06-15T10:00:00"));
    }

    @Test
    void otherScalarsAreLeftAlone() {
        assertNull(StrictScalars.strict(Scalars.GraphQLID));
        assertNull(StrictScalars.strict(Scalars.GraphQLFloat));
    }

    private static IntValue intValue(String digits) {
        return IntValue.newIntValue(new BigInteger(digits)).build();
    }

    private static Object literal(Coercing<?, ?> coercing, Value<?> value) {
        return coercing.parseLiteral(value, CoercedVariables.emptyVariables(), CONTEXT, LOCALE);
    }

    private static String literalRefusal(Coercing<?, ?> coercing, Value<?> value) {
        return assertThrows(CoercingParseLiteralException.class, () -> literal(coercing, value)).getMessage();
    }

    private static String valueRefusal(Coercing<?, ?> coercing, Object value) {
        return assertThrows(CoercingParseValueException.class, () -> coercing.parseValue(value, CONTEXT, LOCALE))
                .getMessage();
    }
}
