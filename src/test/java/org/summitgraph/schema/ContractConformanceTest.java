package org.summitgraph.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every type, field and argument of the public contract is served, with the same type: clients rely
 * on these names. The contract is kept in the repository ({@code src/test/resources/contract}, a copy
 * of the team's {@code ../shared/api} that {@link ContractCopyTest} keeps in step).
 */
@QuarkusTest
class ContractConformanceTest {

    static final Path CONTRACTS = Path.of("src", "test", "resources", "contract");

    @ParameterizedTest
    @ValueSource(strings = { "contract.graphql", "contract-depth.graphql", "contract-editing.graphql" })
    void everyTypeFieldAndArgumentOfTheContractIsServedWithItsType(String file) throws IOException {
        TypeDefinitionRegistry contract = parse(contract(file));
        TypeDefinitionRegistry served = parse(servedSchema());
        List<String> problems = new ArrayList<>();

        contract.scalars().keySet().stream().filter(name -> !isBuiltIn(name))
                .filter(name -> !served.scalars().containsKey(name))
                .forEach(name -> problems.add("scalar " + name + " is missing"));
        for (TypeDefinition<?> type : contract.types().values()) {
            Optional<TypeDefinition> servedType = served.getType(type.getName());
            if (servedType.isEmpty() || servedType.get().getClass() != type.getClass()) {
                problems.add(kind(type) + " " + type.getName() + " is missing");
            } else if (type instanceof EnumTypeDefinition values) {
                List<String> servedValues = ((EnumTypeDefinition) servedType.get()).getEnumValueDefinitions().stream()
                        .map(EnumValueDefinition::getName).toList();
                values.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                        .filter(value -> !servedValues.contains(value))
                        .forEach(value -> problems.add("enum value " + type.getName() + "." + value + " is missing"));
            } else if (type instanceof InputObjectTypeDefinition input) {
                List<InputValueDefinition> servedFields = ((InputObjectTypeDefinition) servedType.get())
                        .getInputValueDefinitions();
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    servedFields.stream().filter(f -> f.getName().equals(field.getName())).findFirst().ifPresentOrElse(
                            match -> compareTypes(type.getName() + "." + field.getName(), field.getType(), match.getType(),
                                    problems),
                            () -> problems.add("input field " + type.getName() + "." + field.getName() + " is missing"));
                }
            } else if (type instanceof ImplementingTypeDefinition<?> fields) {
                compareFields(type.getName(), fields.getFieldDefinitions(),
                        ((ImplementingTypeDefinition<?>) servedType.get()).getFieldDefinitions(), problems);
            }
        }
        for (Map.Entry<String, List<graphql.language.ObjectTypeExtensionDefinition>> extension : contract
                .objectTypeExtensions().entrySet()) {
            Optional<TypeDefinition> servedType = served.getType(extension.getKey());
            if (servedType.isEmpty()) {
                problems.add("type " + extension.getKey() + " is missing");
                continue;
            }
            for (var definition : extension.getValue()) {
                compareFields(extension.getKey(), definition.getFieldDefinitions(),
                        ((ObjectTypeDefinition) servedType.get()).getFieldDefinitions(), problems);
            }
        }
        assertTrue(problems.isEmpty(), file + " is not served as written:\n" + String.join("\n", problems));
    }

    /** contract-depth.graphql lists, in comments, the arguments that `summits` gains. */
    @Test
    void summitsHasTheFilterArgumentsOfTheDepthContract() throws IOException {
        FieldDefinition summits = field(parse(servedSchema()), "Query", "summits");
        Map<String, String> expected = Map.of("from", "Date", "to", "Date", "city", "String", "hostCountry", "ID",
                "participant", "ID", "participantCountry", "ID", "orderBy", "SummitOrder");
        expected.forEach((name, type) -> {
            InputValueDefinition argument = summits.getInputValueDefinitions().stream()
                    .filter(a -> a.getName().equals(name)).findFirst().orElse(null);
            assertNotNull(argument, "summits(" + name + ") is missing");
            assertEquals(type, AstPrinter.printAst(argument.getType()), "type of summits(" + name + ")");
        });
        InputValueDefinition orderBy = summits.getInputValueDefinitions().stream()
                .filter(a -> a.getName().equals("orderBy")).findFirst().orElseThrow();
        assertEquals("DATE_ASC", AstPrinter.printAst(orderBy.getDefaultValue()));
    }

    /** contract-depth.graphql says so in a comment: these types implement Node. */
    @Test
    void theContractsNodeTypesImplementNode() throws IOException {
        TypeDefinitionRegistry served = parse(servedSchema());
        for (String type : List.of("Summit", "Statement", "Document", "Person", "Organization")) {
            ObjectTypeDefinition definition = (ObjectTypeDefinition) served.getType(type).orElseThrow();
            List<String> interfaces = definition.getImplements().stream().map(t -> ((TypeName) t).getName()).toList();
            assertTrue(interfaces.contains("Node"), type + " implements Node");
        }
    }

    private static void compareFields(String typeName, List<FieldDefinition> expected, List<FieldDefinition> actual,
            List<String> problems) {
        for (FieldDefinition field : expected) {
            FieldDefinition served = actual.stream().filter(f -> f.getName().equals(field.getName())).findFirst()
                    .orElse(null);
            String path = typeName + "." + field.getName();
            if (served == null) {
                problems.add("field " + path + " is missing");
                continue;
            }
            compareTypes(path, field.getType(), served.getType(), problems);
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                InputValueDefinition servedArgument = served.getInputValueDefinitions().stream()
                        .filter(a -> a.getName().equals(argument.getName())).findFirst().orElse(null);
                if (servedArgument == null) {
                    problems.add("argument " + path + "(" + argument.getName() + ") is missing");
                    continue;
                }
                compareTypes(path + "(" + argument.getName() + ")", argument.getType(), servedArgument.getType(),
                        problems);
                if (argument.getDefaultValue() != null && (servedArgument.getDefaultValue() == null
                        || !AstPrinter.printAst(argument.getDefaultValue())
                                .equals(AstPrinter.printAst(servedArgument.getDefaultValue())))) {
                    problems.add("argument " + path + "(" + argument.getName() + ") has another default value");
                }
            }
        }
    }

    private static void compareTypes(String path, Type<?> expected, Type<?> actual, List<String> problems) {
        String want = AstPrinter.printAst(expected);
        String got = AstPrinter.printAst(actual);
        if (!want.equals(got)) {
            problems.add(path + " is " + got + ", the contract says " + want);
        }
    }

    private static FieldDefinition field(TypeDefinitionRegistry registry, String type, String name) {
        return ((ObjectTypeDefinition) registry.getType(type).orElseThrow()).getFieldDefinitions().stream()
                .filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    private static String kind(TypeDefinition<?> type) {
        return type.getClass().getSimpleName().replace("TypeDefinition", "").toLowerCase();
    }

    private static boolean isBuiltIn(String scalar) {
        return List.of("Int", "Float", "String", "Boolean", "ID").contains(scalar);
    }

    private static TypeDefinitionRegistry parse(String sdl) {
        return new SchemaParser().parse(sdl);
    }

    private static String contract(String file) throws IOException {
        Path path = CONTRACTS.resolve(file);
        assertTrue(Files.exists(path), path.toAbsolutePath() + " (the API contract) is missing");
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private static String servedSchema() {
        return given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }
}
