package org.summitgraph.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The rewording of graphql-java's and SmallRye's messages for clients, without the application. */
class ErrorMessagesTest {

    /** A qualified Java name or a nested class, as the issue describes them. */
    private static final Pattern JAVA_CLASS = Pattern.compile("[a-z]+\\.[a-z]+\\.[\\w.]*[A-Z]\\w*|\\w\\$\\w");
    private static final String HUGE = "x".repeat(90_000);

    @Test
    void aLiteralThatAStrictScalarRefusedNamesTheArgumentAndTheFieldInWords() {
        assertEquals("Argument 'input': field 'date' expects a date (YYYY-MM-DD), e.g. 2026-06-15, not the text "
                + "\"2025-13-45\"", ErrorMessages.clientSafe("Validation error (WrongType@[scheduleSummit]) : "
                        + "argument 'input.date' with value 'StringValue{value='2025-13-45'}' is not a valid 'Date' - "
                        + "expects a date (YYYY-MM-DD), e.g. 2026-06-15, not the text \"2025-13-45\""));
        assertEquals("Argument 'first' expects an Int, not 4294967297", ErrorMessages.clientSafe(
                "Validation error (WrongType@[summits]) : argument 'first' with value 'IntValue{value=4294967297}' "
                        + "is not a valid 'Int' - expects an Int, not 4294967297"));
        assertEquals("Argument 'ids[1]' expects an Int, not 1", ErrorMessages.clientSafe(
                "Validation error (WrongType@[a/b]) : argument 'ids[1]' with value 'IntValue{value=1}' "
                        + "is not a valid 'Int' - expects an Int, not 1"));
        assertEquals("Argument 'input': field 'quotes[1].day' expects a date", ErrorMessages.clientSafe(
                "Validation error (WrongType@[a]) : argument 'input.quotes[1].day' with value 'StringValue{value='x'}' "
                        + "is not a valid 'Date' - expects a date"));
    }

    @Test
    void aVariableThatAStrictScalarRefusedIsNamed() {
        assertEquals("Variable 'first' expects an Int, not 1.5",
                ErrorMessages.clientSafe("Variable 'first' has an invalid value: expects an Int, not 1.5"));
    }

    /** SmallRye's answer to a date it could not bind inside an input object, before the Date scalar was strict. */
    @Test
    void anArgumentSmallRyeCouldNotBindNamesNoClassAndEchoesNothing() {
        String message = ErrorMessages.clientSafe("argument 'input' with value 'StringValue{value='{\n    \"date\": "
                + "\"2025-13-45\",\n    \"title\": \"" + HUGE + "\"\n}'}' is not a valid 'Unknown Scalar Type "
                + "[org.summitgraph.summit.SummitInputs$ScheduleSummitInput]'");
        assertEquals("Argument 'input' has a value that does not fit its type", message);
    }

    @Test
    void noJavaClassNameIsLeft() {
        for (String message : List.of(
                "Error deserialize JSON value into type: class java.time.LocalDate.",
                "Cannot bind org.summitgraph.summit.SummitInputs$ScheduleSummitInput from the input",
                "Unknown Scalar Type [SummitInputs$ScheduleSummitInput]",
                "{jakarta.validation.constraints.Size.message}")) {
            String safe = ErrorMessages.clientSafe(message);
            assertFalse(JAVA_CLASS.matcher(safe).find(), safe);
        }
        assertEquals("Error deserialize JSON value into type: class a type.",
                ErrorMessages.clientSafe("Error deserialize JSON value into type: class java.time.LocalDate."));
    }

    @Test
    void echoedValuesAreCutToAnExcerpt() {
        String quoted = ErrorMessages.clientSafe("Invalid input for enum 'SummitStatus'. No value found for name '"
                + HUGE + "'");
        assertEquals("Invalid input for enum 'SummitStatus'. No value found for name '" + "x".repeat(79) + "\u2026'",
                quoted);
        // with spaces, and never closed (graphql-java's parser quotes the offending token)
        String spaced = "x y ".repeat(20_000);
        assertEquals("Invalid syntax at: '\"" + spaced.substring(0, 78) + "\u2026",
                ErrorMessages.clientSafe("Invalid syntax at: '\"" + spaced));
        assertEquals("Summit " + "x".repeat(79) + "\u2026 does not exist",
                ErrorMessages.clientSafe("Summit " + HUGE + " does not exist"));
        assertEquals("Argument 'asOf' has value \"" + "y".repeat(79) + "\u2026\"",
                ErrorMessages.clientSafe("Argument 'asOf' has value StringValue{value='" + "y".repeat(1_000) + "'}"));
    }

    @Test
    void apostrophesAreNoQuotes() {
        String cost = "The query's estimated cost is 6000; at most 5000 is allowed (each field costs 1, times the size "
                + "of the lists it is under: ask for smaller pages or fewer fields, as the service's limits say)";
        assertEquals(cost, ErrorMessages.clientSafe(cost));
    }

    @Test
    void everyMessageIsBounded() {
        String safe = ErrorMessages.clientSafe("a b ".repeat(50_000));
        assertEquals(ErrorMessages.MAX_LENGTH, safe.length());
        assertTrue(safe.endsWith("\u2026"));
        assertEquals("short", ErrorMessages.clientSafe("short"));
    }

    @Test
    void anExcerptSplitsNoSurrogatePair() {
        String excerpt = ErrorMessages.excerpt("x".repeat(78) + "\uD83D\uDE00".repeat(10));
        assertEquals("x".repeat(78) + "\u2026", excerpt);
    }

    @Test
    void violationsAreInWordsWithAnExcerptAndNoTemplate() {
        Map<String, Object> size = new HashMap<>();
        size.put("message", "size must be between 0 and 300");
        size.put("propertyPath", List.of("scheduleSummit", "input", "title"));
        size.put("invalidValue", HUGE);
        size.put("constraint", Map.of("message", "{jakarta.validation.constraints.Size.message}", "min", 0, "max", 300,
                "groups", List.of(), "payload", List.of("com.example.Severe")));
        Map<String, Object> quote = new HashMap<>();
        quote.put("message", "size must be between 0 and 2000");
        quote.put("propertyPath", List.of("addStatement", "input", "quotes", "1", "<list element>"));
        quote.put("invalidValue", "q".repeat(2001));
        quote.put("constraint", Map.of("message", "{jakarta.validation.constraints.Size.message}", "min", 0, "max",
                2000));
        Map<String, Object> sources = new HashMap<>();
        sources.put("message", "size must be between 1 and 100");
        sources.put("propertyPath", List.of("addStatement", "input", "sources"));
        sources.put("invalidValue", List.of());
        sources.put("constraint", Map.of("message", "{jakarta.validation.constraints.Size.message}", "min", 1, "max",
                100));
        Map<String, Object> blank = new HashMap<>();
        blank.put("message", "must not be blank");
        blank.put("propertyPath", List.of("createPerson", "input", "name"));
        blank.put("invalidValue", "");
        blank.put("constraint", Map.of("message", "{jakarta.validation.constraints.NotBlank.message}"));

        List<Map<String, Object>> safe = ErrorMessages.violations(List.of(size, quote, sources, blank));

        assertEquals(Map.of("message", "must be at most 300 characters long (it has 90000)",
                "propertyPath", List.of("scheduleSummit", "input", "title"),
                "invalidValue", "x".repeat(79) + "\u2026",
                "constraint", Map.of("min", 0, "max", 300)), safe.get(0));
        assertEquals("must have 1 to 100 items (it has 0)", safe.get(2).get("message"));
        assertFalse(safe.get(2).containsKey("invalidValue"), "a list is not echoed");
        assertEquals("must not be blank", safe.get(3).get("message"));
        assertEquals("Invalid input: scheduleSummit.input.title must be at most 300 characters long (it has 90000); "
                + "addStatement.input.quotes[1] must be at most 2000 characters long (it has 2001); "
                + "addStatement.input.sources must have 1 to 100 items (it has 0); "
                + "createPerson.input.name must not be blank", ErrorMessages.violationsMessage(safe));
    }
}
