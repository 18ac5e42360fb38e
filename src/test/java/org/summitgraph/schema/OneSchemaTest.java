package org.summitgraph.schema;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.AstPrinter;
import graphql.language.DirectiveDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Introspection and /graphql/schema.graphql describe one schema: the same types, fields, arguments and
 * directives; and what the schema does not show (@defer) is refused, not silently ignored.
 */
@QuarkusTest
class OneSchemaTest {

    private static final Set<String> SPECIFIED = Set.of("include", "skip", "deprecated", "specifiedBy", "oneOf");

    private static TypeDefinitionRegistry introspected() {
        Map<String, Object> data = given().contentType(ContentType.JSON)
                .body(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue())
                .extract().jsonPath().getMap("data");
        return new SchemaParser().buildRegistry(new IntrospectionResultToSchema().createSchemaDefinition(data));
    }

    private static TypeDefinitionRegistry served() {
        return new SchemaParser().parse(given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .extract().asString());
    }

    /** Each type with its fields (and their arguments and types), printed the same way from either side. */
    private static Map<String, Set<String>> shape(TypeDefinitionRegistry registry) {
        Map<String, Set<String>> shape = new TreeMap<>();
        registry.types().values().forEach(type -> {
            Set<String> members = new TreeSet<>();
            if (type instanceof ImplementingTypeDefinition<?> fields) {
                // the file lists arguments by name, introspection as declared: the same arguments either way
                fields.getFieldDefinitions().forEach(f -> members.add(f.getName() + f.getInputValueDefinitions().stream()
                        .map(a -> a.getName() + ":" + AstPrinter.printAst(a.getType())).sorted()
                        .collect(Collectors.joining(",", "(", ")"))
                        + ":" + AstPrinter.printAst(f.getType())));
            } else if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(f -> members.add(f.getName() + ":" + AstPrinter.printAst(f.getType())));
            }
            shape.put(type.getClass().getSimpleName() + " " + type.getName(), members);
        });
        registry.scalars().keySet().stream().filter(n -> !Set.of("Int", "Float", "String", "Boolean", "ID").contains(n))
                .forEach(n -> shape.put("scalar " + n, Set.of()));
        return shape;
    }

    @Test
    void introspectionAndTheSchemaFileDescribeTheSameTypes() {
        Map<String, Set<String>> served = shape(served());
        Map<String, Set<String>> introspected = shape(introspected());
        // compared type by type, so that a failure names the type rather than printing the whole schema
        assertEquals(served.keySet(), introspected.keySet());
        served.forEach((type, members) -> assertEquals(members, introspected.get(type), type));
    }

    @Test
    void introspectionAndTheSchemaFileShowTheSameDirectives() {
        // the specification's directives are not in the file: every tool knows them
        Set<String> introspected = new TreeSet<>(given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __schema { directives { name } } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue())
                .extract().jsonPath().<String>getList("data.__schema.directives.name"));
        Set<String> served = new TreeSet<>(served().getDirectiveDefinitions().values().stream()
                .map(DirectiveDefinition::getName).toList());
        served.addAll(SPECIFIED);
        assertEquals(served, introspected);
        assertTrue(!introspected.contains("defer") && !introspected.contains("experimental_disableErrorPropagation")
                && !introspected.contains("rolesAllowed"), "directives the service does not honour are not shown: " + introspected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{ organization(code: \"CSTO\") { code ... @defer { name } } }",
            "query @experimental_disableErrorPropagation { organization(code: \"CSTO\") { code } }" })
    void aDirectiveTheSchemaDoesNotShowIsRefused(String query) {
        given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }
}
