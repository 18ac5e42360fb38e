package org.summitgraph.deployment;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;

/**
 * Operations built from the schema: a random walk over a root type's fields, with random argument
 * values (literals or variables) and a bounded depth, so that most stay within the production limits.
 * Ill-typed operations put a value of the wrong type in some arguments.
 */
final class QueryGenerator {

    /**
     * An operation to send, with the keys its {@code data} may have.
     *
     * @param several whether the document holds other operations, which operationName leaves aside
     */
    record Operation(String document, Map<String, Object> variables, String operationName, Set<String> rootKeys,
            boolean several) {
    }

    /** An enum value: bare in a document, a string in variables. */
    private record EnumLiteral(String name) {
    }

    private static final List<String> STRINGS = List.of("", "CSTO", "Bishkek", "bishkek", "Moscou", "Москва",
            "sécurité collective", "summit", "\"quoted\"", "a -b", "peace or war", "'", "\\", "%", "_", "*", "null",
            "<script>alert(1)</script>", "x".repeat(300), "🌍 summit", "\u0000", "nul\u0000inside", "tab\tnew\nline",
            "\u202Eright-to-left", "' OR 1=1 --", "DECLARATION", "HEAD_OF_STATE", "SECRETARY_GENERAL", "\uFFFF");
    private static final List<String> ENTITY_TYPES = List.of("Summit", "Organization", "Country", "Person", "Source",
            "Planet", "");
    private static final List<String> CURSORS = List.of("", "abc", "MTA=", "-1", "AAAAAAAA", "eyJpZCI6MX0=", "\u0000");

    private final TypeDefinitionRegistry schema;
    private final List<String> ids;
    private final List<String> cursors;
    private final Random random;

    private boolean wellTyped;
    private int variableCount;
    private int aliasCount;

    QueryGenerator(String sdl, List<String> ids, List<String> cursors, Random random) {
        this.schema = new SchemaParser().parse(sdl);
        this.ids = ids;
        this.cursors = cursors;
        this.random = random;
    }

    Operation query(boolean wellTyped) {
        this.wellTyped = wellTyped;
        if (random.nextInt(10) > 0) {
            return operation("query", "Query", random.nextInt(3) == 0 ? "Q" + random.nextInt(100) : null);
        }
        // several operations in one document: operationName picks one
        Operation a = operation("query", "Query", "A");
        Operation b = operation("query", "Query", "B");
        Map<String, Object> variables = new LinkedHashMap<>();
        if (a.variables() != null) {
            variables.putAll(a.variables());
        }
        if (b.variables() != null) {
            variables.putAll(b.variables());
        }
        Operation chosen = random.nextBoolean() ? a : b;
        return new Operation(a.document() + "\n" + b.document(), variables.isEmpty() ? null : variables,
                chosen.operationName(), chosen.rootKeys(), true);
    }

    /** One of the ids read from the data. */
    String anyId() {
        return ids.get(random.nextInt(ids.size()));
    }

    Operation mutation() {
        this.wellTyped = true;
        return operation("mutation", "Mutation", random.nextBoolean() ? "M" + random.nextInt(100) : null);
    }

    Operation subscription() {
        this.wellTyped = true;
        return operation("subscription", "Subscription", null);
    }

    private Operation operation(String keyword, String rootType, String name) {
        Map<String, Object> variables = new LinkedHashMap<>();
        StringJoiner definitions = new StringJoiner(", ", "(", ")");
        Set<String> rootKeys = new HashSet<>();
        int maxDepth = 1 + random.nextInt(keyword.equals("mutation") ? 2 : 4);
        String selection = selectionSet(type(rootType), 0, maxDepth, false, rootKeys, variables, definitions);
        StringBuilder document = new StringBuilder();
        if (name != null || !variables.isEmpty() || !keyword.equals("query") || random.nextBoolean()) {
            document.append(keyword);
            if (name != null) {
                document.append(' ').append(name);
            }
            if (!variables.isEmpty()) {
                document.append(definitions);
            }
            document.append(' ');
        }
        document.append(selection);
        return new Operation(document.toString(), variables.isEmpty() ? null : variables, name, rootKeys, false);
    }

    private String selectionSet(TypeDefinition<?> type, int depth, int maxDepth, boolean inFragment,
            Set<String> rootKeys, Map<String, Object> variables, StringJoiner definitions) {
        StringJoiner selection = new StringJoiner(" ", "{ ", " }");
        if (type instanceof InterfaceTypeDefinition node) {
            selection.add("id");
            List<ImplementingTypeDefinition> implementations = new ArrayList<>(schema.getImplementationsOf(node));
            Collections.shuffle(implementations, random);
            for (ImplementingTypeDefinition<?> implementation : implementations.subList(0, random.nextInt(3))) {
                selection.add("... on " + implementation.getName() + " "
                        + selectionSet(implementation, depth, maxDepth, true, new HashSet<>(), variables, definitions));
            }
            return selection.toString();
        }
        if (type instanceof UnionTypeDefinition union) {
            // federation's _Entity: the members a gateway asks for, by fragments
            selection.add("__typename");
            List<Type> members = new ArrayList<>(union.getMemberTypes());
            Collections.shuffle(members, random);
            for (Type<?> member : members.subList(0, random.nextInt(members.size() + 1))) {
                selection.add("... on " + ((TypeName) member).getName() + " " + selectionSet(type(((TypeName) member)
                        .getName()), depth, maxDepth, true, new HashSet<>(), variables, definitions));
            }
            return selection.toString();
        }
        List<FieldDefinition> fields = new ArrayList<>(((ObjectTypeDefinition) type).getFieldDefinitions());
        List<FieldDefinition> leaves = fields.stream().filter(f -> composite(f.getType()) == null).toList();
        if (depth + 1 >= maxDepth && !leaves.isEmpty()) {
            fields = new ArrayList<>(leaves);
        }
        Collections.shuffle(fields, random);
        // a subscription has one root field; the fields of fragments on different types get aliases,
        // since fields of one name may differ in type there
        int count = depth == 0 && type.getName().equals("Subscription") ? 1
                : 1 + random.nextInt(Math.min(fields.size(), 3));
        for (FieldDefinition field : fields.subList(0, count)) {
            String key = inFragment || random.nextInt(8) == 0 ? "a" + aliasCount++ : field.getName();
            if (depth == 0) {
                rootKeys.add(key);
            }
            StringBuilder text = new StringBuilder(key.equals(field.getName()) ? key : key + ": " + field.getName());
            text.append(arguments(field, variables, definitions));
            TypeDefinition<?> composite = composite(field.getType());
            if (composite != null) {
                text.append(' ')
                        .append(selectionSet(composite, depth + 1, maxDepth, inFragment, rootKeys, variables, definitions));
            }
            selection.add(text);
        }
        if (random.nextInt(10) == 0) {
            selection.add("__typename");
            if (depth == 0) {
                rootKeys.add("__typename");
            }
        }
        return selection.toString();
    }

    private String arguments(FieldDefinition field, Map<String, Object> variables, StringJoiner definitions) {
        StringJoiner arguments = new StringJoiner(", ", "(", ")").setEmptyValue("");
        for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            boolean required = argument.getType() instanceof NonNullType && argument.getDefaultValue() == null;
            // mostly a made-up cursor, which the list refuses: rarely
            int chances = argument.getName().equals("after") ? 1 : 4;
            if (!required && random.nextInt(10) >= chances) {
                continue;
            }
            Object value = value(argument.getType(), argument.getName());
            if (random.nextInt(10) < 3) {
                String variable = "v" + variableCount++;
                definitions.add("$" + variable + ": " + AstPrinter.printAst(argument.getType()));
                variables.put(variable, json(value));
                arguments.add(argument.getName() + ": $" + variable);
            } else {
                arguments.add(argument.getName() + ": " + literal(value));
            }
        }
        return arguments.toString();
    }

    private Object value(Type<?> type, String argument) {
        if (type instanceof NonNullType nonNull) {
            return !wellTyped && random.nextInt(20) == 0 ? null : value(nonNull.getType(), argument);
        }
        if (type instanceof ListType list) {
            List<Object> values = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                values.add(value(list.getType(), argument));
            }
            return values;
        }
        if (!wellTyped && random.nextInt(5) == 0) {
            return wrongValue();
        }
        String name = ((TypeName) type).getName();
        return switch (name) {
            case "Int" -> integer(argument);
            case "Float", "BigDecimal" -> random.nextDouble() * 1000;
            case "BigInteger" -> BigInteger.valueOf(random.nextLong());
            case "Boolean" -> random.nextBoolean();
            case "ID" -> pick(ids.size() > 0 && random.nextInt(4) > 0 ? ids : STRINGS);
            case "String" -> argument.equals("after") ? pick(cursors.isEmpty() || random.nextBoolean() ? CURSORS : cursors)
                    : random.nextBoolean() ? pick(ids) : pick(STRINGS);
            case "Date" -> date();
            case "_Any" -> representation();
            case "DateTime" -> date() + "T" + String.format("%02d:%02d:%02dZ", random.nextInt(24), random.nextInt(60),
                    random.nextInt(60));
            default -> {
                TypeDefinition<?> definition = schema.getType(name).orElseThrow();
                if (definition instanceof EnumTypeDefinition enumType) {
                    List<EnumValueDefinition> values = enumType.getEnumValueDefinitions();
                    yield new EnumLiteral(values.get(random.nextInt(values.size())).getName());
                }
                Map<String, Object> input = new LinkedHashMap<>();
                for (InputValueDefinition field : ((InputObjectTypeDefinition) definition).getInputValueDefinitions()) {
                    if (field.getType() instanceof NonNullType || random.nextBoolean()) {
                        input.put(field.getName(), value(field.getType(), field.getName()));
                    }
                }
                yield input;
            }
        };
    }

    /**
     * Mostly plausible values, page sizes small so that the cost stays in bounds, now and then an
     * extreme; Int's minimum only in ill-typed operations, since SmallRye refuses it as out of range.
     */
    private Object integer(String argument) {
        if (random.nextInt(8) == 0) {
            return List.of(0, -1, 101, Integer.MAX_VALUE, wellTyped ? -Integer.MAX_VALUE : Integer.MIN_VALUE)
                    .get(random.nextInt(5));
        }
        return switch (argument) {
            case "first" -> 1 + random.nextInt(10);
            case "year" -> 1990 + random.nextInt(40);
            default -> random.nextInt(5);
        };
    }

    private String date() {
        if (!wellTyped && random.nextInt(4) == 0) {
            return List.of("2020-02-30", "2021-13-01", "0000-00-00", "99999-01-01", "", "today", "2024-1-1")
                    .get(random.nextInt(7));
        }
        if (random.nextInt(20) == 0) {
            return List.of("0001-01-01", "9999-12-31", "1970-01-01", "+10000-01-01", "+999999999-12-31",
                    "-999999999-01-01").get(random.nextInt(6));
        }
        return LocalDate.of(1990 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
    }

    private Object wrongValue() {
        return switch (random.nextInt(8)) {
            case 0 -> "not a number";
            case 1 -> 42;
            case 2 -> 3.25;
            case 3 -> true;
            case 4 -> new EnumLiteral("BOGUS");
            case 5 -> List.of(1, 2);
            case 6 -> Map.of("x", 1);
            default -> new BigInteger("123456789012345678901234567890");
        };
    }

    /** The object, interface or union a field selects into, or null for a scalar or enum. */
    private TypeDefinition<?> composite(Type<?> fieldType) {
        TypeDefinition<?> type = schema.getType(TypeUtil.unwrapAll(fieldType).getName()).orElse(null);
        return type instanceof ObjectTypeDefinition || type instanceof InterfaceTypeDefinition
                || type instanceof UnionTypeDefinition ? type : null;
    }

    /** A federation gateway's entity representation: mostly an entity type with an id of the data, now and then not. */
    private Map<String, Object> representation() {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("__typename", pick(ENTITY_TYPES));
        representation.put(random.nextInt(4) == 0 ? "code" : "id", random.nextInt(4) > 0 ? pick(ids) : pick(STRINGS));
        return representation;
    }

    private TypeDefinition<?> type(String name) {
        return schema.getType(name).orElseThrow();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String literal(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof EnumLiteral enumLiteral) {
            return enumLiteral.name();
        }
        if (value instanceof List<?> list) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            list.forEach(item -> items.add(literal(item)));
            return items.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            map.forEach((k, v) -> fields.add(k + ": " + literal(v)));
            return fields.toString();
        }
        return String.valueOf(value);
    }

    private static Object json(Object value) {
        if (value instanceof EnumLiteral enumLiteral) {
            return enumLiteral.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(QueryGenerator::json).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = new LinkedHashMap<>();
            map.forEach((k, v) -> object.put((String) k, json(v)));
            return object;
        }
        return value;
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
