package org.summitgraph.common;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords graphql-java's and SmallRye's messages about bad values for clients: they print argument
 * values as Java objects ({@code IntValue{value=42}}), name AST and Java classes ({@code 'EnumValue'},
 * {@code [HashMap]}) and carry SmallRye's message ids ({@code SRGQL000014}).
 */
final class ErrorMessages {

    private static final Pattern MESSAGE_ID = Pattern.compile("\\bSR[A-Z]{2,5}\\d{6}: ");
    private static final Pattern AST_VALUE = Pattern.compile("\\b(?:StringValue|IntValue|FloatValue|BooleanValue|EnumValue|"
            + "NullValue|ArrayValue|ObjectValue|VariableReference)\\{");
    private static final Pattern AST_TYPE = Pattern.compile("(?:\\ban? )?(?:AST type (?:of )?)?'(StringValue|IntValue|"
            + "FloatValue|BooleanValue|EnumValue|NullValue|ArrayValue|ObjectValue|VariableReference)'");
    /** "but was [HashMap]" (SmallRye), "but it was a 'ArrayList'" (graphql-java): the Java class of a JSON value. */
    private static final Pattern JAVA_TYPE = Pattern.compile("\\bwas (?:an? )?[\\['](?:[\\w$]+\\.)*(\\w*Map|\\w*List|"
            + "\\w*Set|String|Character|Boolean|Integer|Long|Short|Byte|BigInteger|Double|Float|BigDecimal)[\\]']");
    private static final Map<String, String> KINDS = Map.of("IntValue", "an Int", "FloatValue", "a Float",
            "StringValue", "a String", "BooleanValue", "a Boolean", "EnumValue", "an enum value", "NullValue", "null",
            "ArrayValue", "a list", "ObjectValue", "an input object", "VariableReference", "a variable");

    private ErrorMessages() {
    }

    static String clientSafe(String message) {
        if (message == null) {
            return null;
        }
        String text = MESSAGE_ID.matcher(message).replaceAll("");
        text = astValues(text);
        text = AST_TYPE.matcher(text).replaceAll(m -> KINDS.get(m.group(1)));
        return JAVA_TYPE.matcher(text).replaceAll(m -> "was " + javaKind(m.group(1)));
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
        out.append(prefix).append(text, from, to).append(suffix);
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
