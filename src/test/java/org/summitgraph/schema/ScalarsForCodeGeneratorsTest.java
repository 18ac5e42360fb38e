package org.summitgraph.schema;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What a code generator reads by introspection and in /graphql/schema.graphql: the date scalars name their
 * specification ({@code specifiedByURL}) and say their format; every scalar is the type of some field,
 * argument or input field (SmallRye's {@code BigDecimal} and {@code BigInteger}, which only {@code @constraint}
 * declared, are gone); {@code @constraint} still shows the limits the inputs use.
 */
@QuarkusTest
class ScalarsForCodeGeneratorsTest {

    private static final Set<String> BUILT_IN = Set.of("Int", "Float", "String", "Boolean", "ID");
    private static final String TYPE_REF = "name ofType { name ofType { name ofType { name ofType { name } } } }";

    @Test
    void theDateScalarsNameTheirSpecificationAndFormat() {
        GraphQL.raw("{ __type(name: \"Date\") { kind description specifiedByURL } }", Map.of())
                .statusCode(200).body("errors", nullValue())
                .body("data.__type.kind", equalTo("SCALAR"))
                .body("data.__type.specifiedByURL", equalTo("https://scalars.graphql.org/andimarek/local-date.html"))
                .body("data.__type.description", equalTo("A calendar day without time zone, YYYY-MM-DD (RFC 3339 "
                        + "full-date), e.g. \"2025-11-27\". Sent and received as a string."));
        GraphQL.raw("{ __type(name: \"DateTime\") { kind description specifiedByURL } }", Map.of())
                .statusCode(200).body("errors", nullValue())
                .body("data.__type.kind", equalTo("SCALAR"))
                .body("data.__type.specifiedByURL", equalTo("https://www.rfc-editor.org/rfc/rfc3339#section-5.6"))
                .body("data.__type.description", equalTo("An instant with its offset from UTC (RFC 3339 date-time, "
                        + "section 5.6), e.g. \"2026-06-15T10:00:00Z\" or \"2026-06-15T12:00:00.25+02:00\"; fractions "
                        + "of a second only when not zero. Sent and received as a string."));

        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertTrue(sdl.contains("scalar Date @specifiedBy(url : \"https://scalars.graphql.org/andimarek/local-date.html\")"), sdl);
        assertTrue(sdl.contains("scalar DateTime @specifiedBy(url : \"https://www.rfc-editor.org/rfc/rfc3339#section-5.6\")"), sdl);
    }

    @Test
    void everyScalarIsTheTypeOfSomeFieldArgumentOrInputField() {
        JsonPath schema = GraphQL.raw("{ __schema { types { kind name fields(includeDeprecated: true) { type { "
                + TYPE_REF + " } args { type { " + TYPE_REF + " } } } inputFields { type { " + TYPE_REF + " } } } } }",
                Map.of()).statusCode(200).body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> types = schema.getList("data.__schema.types");
        Set<String> used = new TreeSet<>();
        Set<String> scalars = new TreeSet<>();
        for (Map<String, Object> type : types) {
            if ("SCALAR".equals(type.get("kind"))) {
                scalars.add((String) type.get("name"));
            }
            for (Map<String, Object> field : list(type.get("fields"))) {
                used.add(named(field.get("type")));
                list(field.get("args")).forEach(argument -> used.add(named(argument.get("type"))));
            }
            list(type.get("inputFields")).forEach(field -> used.add(named(field.get("type"))));
        }
        Set<String> unused = new TreeSet<>(scalars);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "scalars that no field, argument or input field has");
        scalars.removeAll(BUILT_IN);
        // _Any: the representations Query._entities takes from a federation gateway
        assertEquals(Set.of("Date", "DateTime", "_Any"), scalars);

        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertFalse(sdl.contains("BigDecimal") || sdl.contains("BigInteger"), sdl);
    }

    @Test
    void constraintStillShowsTheLimitsTheInputsUse() {
        JsonPath schema = GraphQL.raw("{ __schema { directives { name args { name type { " + TYPE_REF + " } } } } }",
                Map.of()).statusCode(200).body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> directives = schema.getList("data.__schema.directives");
        Map<String, Object> constraint = directives.stream().filter(d -> "constraint".equals(d.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no @constraint in " + directives));
        Set<String> arguments = new TreeSet<>();
        list(constraint.get("args")).forEach(argument -> arguments.add(argument.get("name") + ": " + named(argument.get("type"))));
        assertEquals(Set.of("maxLength: Int", "pattern: String"), arguments);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** The named type under the list and non-null wrappers of an introspected type reference. */
    @SuppressWarnings("unchecked")
    private static String named(Object type) {
        Map<String, Object> reference = (Map<String, Object>) type;
        while (reference.get("name") == null) {
            reference = (Map<String, Object>) reference.get("ofType");
        }
        return (String) reference.get("name");
    }
}
