package org.summitgraph.error;


import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewords graphql-java's and SmallRye's messages about bad values for clients: they print argument
 * values as Java objects ({@code IntValue{value=42}}), name AST and Java classes ({@code 'EnumValue'},
 * {@code [HashMap]}, {@code Unknown Scalar Type [org...SummitInputs$ScheduleSummitInput]}), carry SmallRye's
 * message ids ({@code SRGQL000014}) and echo whatever value they were given, however long. A message that
 * leaves here names no Java class, shows no value longer than {@value #EXCERPT_LENGTH} characters and is at
 * most {@value #MAX_LENGTH} characters long.
 */
public final class ErrorMessages {

    /** The most characters of a value that a message shows, the ellipsis included. */
    static final int EXCERPT_LENGTH = 80;
    /** The longest message; longer ones end in an ellipsis (the violations stay in the extensions). */
    static final int MAX_LENGTH = 500;
    private static final String ELLIPSIS = "\u2026";

    private static final Pattern MESSAGE_ID = Pattern.compile("\\bSR[A-Z]{2,5}\\d{6}: ");
    /**
     * graphql-java refusing a literal that a scalar of {@code StrictScalars} refused ({@code - expects ...}),
     * at an argument or a field of it ({@code input.date}, {@code ids[1]}).
     */
    private static final Pattern WRONG_LITERAL = Pattern.compile("Validation error \\(WrongType@\\[[^\\]]*\\]\\) : argument "
            + "'([^'.\\[]+)([^']*)' with value '.*' is not a valid '[^']+' - (expects .*)", Pattern.DOTALL);
    /** graphql-java refusing a variable that a scalar of {@code StrictScalars} refused. */
    private static final Pattern WRONG_VARIABLE = Pattern.compile("Variable '(\\w+)' has an invalid value: (expects .*)",
            Pattern.DOTALL);
    /** SmallRye failing to bind an argument, naming the Java class it wanted and echoing the value as JSON. */
    private static final Pattern UNBOUND_ARGUMENT = Pattern.compile("argument '(\\w+)' with value '.*' is not a valid "
            + "'Unknown Scalar Type \\[[^\\]]*\\]'", Pattern.DOTALL);
    private static final Pattern AST_VALUE = Pattern.compile("\\b(?:StringValue|IntValue|FloatValue|BooleanValue|EnumValue|"
            + "NullValue|ArrayValue|ObjectValue|VariableReference)\\{");
    private static final Pattern AST_TYPE = Pattern.compile("(?:\\ban? )?(?:AST type (?:of )?)?'(StringValue|IntValue|"
            + "FloatValue|BooleanValue|EnumValue|NullValue|ArrayValue|ObjectValue|VariableReference)'");
    /** "but was [HashMap]" (SmallRye), "but it was a 'ArrayList'" (graphql-java): the Java class of a JSON value. */
    private static final Pattern JAVA_TYPE = Pattern.compile("\\bwas (?:an? )?[\\['](?:[\\w$]+\\.){0,20}(\\w*Map|\\w*List|"
            + "\\w*Set|String|Character|Boolean|Integer|Long|Short|Byte|BigInteger|Double|Float|BigDecimal)[\\]']");
    /**
     * A qualified Java name ({@code java.time.LocalDate}) or a nested class ({@code SummitInputs$ScheduleSummitInput});
     * the bound on the packages keeps the regular expression's recursion shallow on hostile text (as below).
     */
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,20}[A-Z][\\w$]*"
            + "|\\b[A-Za-z_]\\w*\\$[\\w$]+");
    /** A value echoed without quotes: a run of characters without spaces or quotes, longer than an excerpt. */
    private static final Pattern LONG_WORD = Pattern.compile("[^\\s'\"]{" + (EXCERPT_LENGTH + 1) + ",}");
    private static final Map<String, String> KINDS = Map.of("IntValue", "an Int", "FloatValue", "a Float",
            "StringValue", "a String", "BooleanValue", "a Boolean", "EnumValue", "an enum value", "NullValue", "null",
            "ArrayValue", "a list", "ObjectValue", "an input object", "VariableReference", "a variable");
    private static final String SIZE = "{jakarta.validation.constraints.Size.message}";

    private ErrorMessages() {
    }

    static String clientSafe(String message) {
        if (message == null) {
            return null;
        }
        // every expression below takes time linear in the message, which may echo a value of the whole request
        String text = MESSAGE_ID.matcher(message).replaceAll("");
        Matcher literal = WRONG_LITERAL.matcher(text);
        Matcher variable = WRONG_VARIABLE.matcher(text);
        Matcher unbound = UNBOUND_ARGUMENT.matcher(text);
        if (literal.matches()) {
            text = argument(literal.group(1), literal.group(2)) + " " + literal.group(3);
        } else if (variable.matches()) {
            text = "Variable '" + variable.group(1) + "' " + variable.group(2);
        } else if (unbound.matches()) {
            text = "Argument '" + unbound.group(1) + "' has a value that does not fit its type";
        }
        text = astValues(text);
        text = AST_TYPE.matcher(text).replaceAll(m -> KINDS.get(m.group(1)));
        text = JAVA_TYPE.matcher(text).replaceAll(m -> "was " + javaKind(m.group(1)));
        text = JAVA_CLASS.matcher(text).replaceAll("a type");
        text = quotedExcerpts(quotedExcerpts(text, '\''), '"');
        text = LONG_WORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(excerpt(m.group())));
        return cut(text, MAX_LENGTH);
    }

    /** "Argument 'first'", "Argument 'ids[1]'", "Argument 'input': field 'date'". */
    private static String argument(String name, String within) {
        if (within.isEmpty() || within.startsWith("[")) {
            return "Argument '" + name + within + "'";
        }
        return "Argument '" + name + "': field '" + within.substring(1) + "'";
    }

    /** A value as a message may show it: at most {@value #EXCERPT_LENGTH} characters, the ellipsis included. */
    public static String excerpt(String value) {
        return cut(value, EXCERPT_LENGTH);
    }

    /** The text, or its beginning and an ellipsis to make {@code length} characters; no surrogate pair split. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = length - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * Every value in {@code quote}s, as graphql-java and SmallRye echo them, cut to an excerpt. A quote opens
     * after no letter or digit and closes before none, so that apostrophes ("query's") neither open nor close one;
     * a quote that nothing closes starts a value that runs to the end.
     */
    private static String quotedExcerpts(String text, char quote) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean opens = text.charAt(i) == quote && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!opens) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = closing(text, i + 1, quote);
            if (end < 0) {
                // an echo never closed (the parser's offending token): the rest is the value
                return out.append(quote).append(excerpt(text.substring(i + 1))).toString();
            }
            out.append(quote).append(excerpt(text.substring(i + 1, end))).append(quote);
            i = end + 1;
        }
        return out.toString();
    }

    private static int closing(String text, int from, char quote) {
        for (int j = text.indexOf(quote, from); j >= 0; j = text.indexOf(quote, j + 1)) {
            if (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Bean Validation's violations, as SmallRye puts them in the extensions, for clients: the message in words
     * ("must be at most 300 characters long" rather than "size must be between 0 and 300"), the value as a short
     * excerpt (none for lists and objects), the constraint's parameters without its message template, groups
     * and payload, which name Java classes.
     */
    static List<Map<String, Object>> violations(List<?> violations) {
        List<Map<String, Object>> safe = new ArrayList<>();
        for (Object item : violations) {
            if (!(item instanceof Map<?, ?> violation)) {
                continue;
            }
            Object value = violation.get("invalidValue");
            Map<String, Object> constraint = new LinkedHashMap<>();
            if (violation.get("constraint") instanceof Map<?, ?> attributes) {
                attributes.forEach((name, parameter) -> {
                    if (!List.of("message", "groups", "payload").contains(name)) {
                        constraint.put(String.valueOf(name), parameter);
                    }
                });
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("message", inWords(violation, value));
            out.put("propertyPath", violation.get("propertyPath"));
            if (value instanceof CharSequence text) {
                out.put("invalidValue", excerpt(text.toString()));
            } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
                out.put("invalidValue", value);
            }
            out.put("constraint", constraint);
            safe.add(out);
        }
        return safe;
    }

    /** One message naming every violation by its path: "Invalid input: scheduleSummit.input.title must be ...". */
    static String violationsMessage(List<Map<String, Object>> violations) {
        return "Invalid input: " + violations.stream()
                .map(v -> path(v.get("propertyPath")) + " " + v.get("message"))
                .collect(Collectors.joining("; "));
    }

    /** {@code [addStatement, input, quotes, 1, <list element>]} as {@code addStatement.input.quotes[1]}. */
    private static String path(Object propertyPath) {
        if (!(propertyPath instanceof List<?> nodes)) {
            return "input";
        }
        StringBuilder out = new StringBuilder();
        for (Object node : nodes) {
            String name = String.valueOf(node);
            if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
                out.append('[').append(name).append(']');
            } else if (!name.startsWith("<")) {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    /** Bean Validation's message, but sizes in characters or items. */
    private static String inWords(Map<?, ?> violation, Object value) {
        String message = String.valueOf(violation.get("message"));
        if (!(violation.get("constraint") instanceof Map<?, ?> constraint) || !SIZE.equals(constraint.get("message"))
                || !(constraint.get("min") instanceof Integer min) || !(constraint.get("max") instanceof Integer max)) {
            return message;
        }
        int size;
        String unit;
        if (value instanceof CharSequence text) {
            size = text.length();
            unit = "characters";
        } else if (value instanceof Collection<?> items) {
            size = items.size();
            unit = "items";
        } else if (value instanceof Map<?, ?> entries) {
            size = entries.size();
            unit = "entries";
        } else {
            return message;
        }
        String has = unit.equals("characters") ? " long (it has " + size + ")" : " (it has " + size + ")";
        String verb = unit.equals("characters") ? "must be " : "must have ";
        if (max == Integer.MAX_VALUE) {
            return verb + "at least " + min + " " + unit + has;
        }
        return verb + (min <= 0 ? "at most " + max : min + " to " + max) + " " + unit + has;
    }

    /** Every AST value printed by its toString, printed as in a document instead. */
    private static String astValues(String text) {
        StringBuilder out = new StringBuilder();
        Matcher start = AST_VALUE.matcher(text);
        int done = 0;
        while (start.find(done)) {
            out.append(text, done, start.start());
            int end = value(text, start.start(), out);
            if (end < 0) {
                return out.append("the value given").toString();
            }
            done = end;
        }
        return out.append(text.substring(done)).toString();
    }

    /** Appends the value printed at {@code at}; returns where it ends, or -1 when it is not one. */
    private static int value(String text, int at, StringBuilder out) {
        if (text.startsWith("StringValue{value='", at)) {
            return copy(text, at + "StringValue{value='".length(), "'}", "\"", "\"", out);
        }
        for (String scalar : new String[] { "IntValue{value=", "FloatValue{value=", "BooleanValue{value=" }) {
            if (text.startsWith(scalar, at)) {
                return copy(text, at + scalar.length(), "}", "", "", out);
            }
        }
        if (text.startsWith("EnumValue{name='", at)) {
            return copy(text, at + "EnumValue{name='".length(), "'}", "", "", out);
        }
        if (text.startsWith("VariableReference{name='", at)) {
            return copy(text, at + "VariableReference{name='".length(), "'}", "$", "", out);
        }
        if (text.startsWith("NullValue{}", at)) {
            out.append("null");
            return at + "NullValue{}".length();
        }
        if (text.startsWith("ArrayValue{values=[", at)) {
            return items(text, at + "ArrayValue{values=[".length(), "[", "]", false, out);
        }
        if (text.startsWith("ObjectValue{objectFields=[", at)) {
            return items(text, at + "ObjectValue{objectFields=[".length(), "{", "}", true, out);
        }
        return -1;
    }

    private static int copy(String text, int from, String end, String prefix, String suffix, StringBuilder out) {
        int to = text.indexOf(end, from);
        if (to < 0) {
            return -1;
        }
        out.append(prefix).append(excerpt(text.substring(from, to))).append(suffix);
        return to + end.length();
    }

    /** The items of a list, or the fields of an object ({@code ObjectField{name='x', value=...}}), up to "]}". */
    private static int items(String text, int at, String open, String close, boolean fields, StringBuilder out) {
        out.append(open);
        int i = at;
        while (!text.startsWith("]}", i)) {
            if (i > at) {
                if (!text.startsWith(", ", i)) {
                    return -1;
                }
                out.append(", ");
                i += 2;
            }
            if (fields) {
                if (!text.startsWith("ObjectField{name='", i)) {
                    return -1;
                }
                i = copy(text, i + "ObjectField{name='".length(), "', value=", "", ": ", out);
                if (i < 0) {
                    return -1;
                }
            }
            i = value(text, i, out);
            if (i < 0 || (fields && !text.startsWith("}", i))) {
                return -1;
            }
            i += fields ? 1 : 0;
        }
        out.append(close);
        return i + 2;
    }

    /** What a JSON value that SmallRye names by its Java class is. */
    private static String javaKind(String simpleName) {
        if (simpleName.endsWith("Map")) {
            return "an object";
        }
        if (simpleName.endsWith("List") || simpleName.endsWith("Set")) {
            return "a list";
        }
        return switch (simpleName) {
            case "String", "Character" -> "a string";
            case "Boolean" -> "a boolean";
            case "Integer", "Long", "Short", "Byte", "BigInteger" -> "an integer";
            default -> "a number";
        };
    }
}
