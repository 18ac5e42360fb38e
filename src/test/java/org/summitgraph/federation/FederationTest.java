package org.summitgraph.federation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import graphql.introspection.Introspection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The service as a federation subgraph, asked as a gateway asks it: {@code _entities} answers each representation
 * with the entity the direct query gives, in order, null where unknown, with one SQL statement per type and key
 * whatever the number of representations; bad representations are refused with a code; {@code _service} gives an
 * SDL linked to Federation 2 with the entities' keys, and follows the introspection switch.
 */
@QuarkusTest
class FederationTest {

    private static final String SUMMIT = "csto-2025-11-27-bishkek";

    @Inject EntityManagerFactory emf;

    @Test
    void entitiesAreTheOnesTheDirectQueriesGiveInTheOrderAsked() {
        JsonPath direct = GraphQL.ok("federationDirect", "summit", SUMMIT, "organization", "CSTO", "country", "KG",
                "person", "vladimir-putin").extract().jsonPath();
        JsonPath entities = GraphQL.ok("federationEntities", "representations", List.of(
                Map.of("__typename", "Summit", "id", SUMMIT),
                Map.of("__typename", "Country", "code", "KG"),
                Map.of("__typename", "Organization", "id", "csto"),
                Map.of("__typename", "Summit", "id", "no-such-summit"),
                Map.of("__typename", "Country", "id", direct.getString("data.country.id")),
                Map.of("__typename", "Organization", "code", "CSTO"),
                Map.of("__typename", "Person", "id", "vladimir-putin"))).extract().jsonPath();
        List<Map<String, Object>> answered = entities.getList("data._entities");
        assertEquals(7, answered.size());
        assertEquals(withType("Summit", direct.getMap("data.summit")), answered.get(0));
        assertEquals(withType("Country", direct.getMap("data.country")), answered.get(1));
        assertEquals(withType("Organization", direct.getMap("data.organization")), answered.get(2));
        assertNull(answered.get(3), "an id that names no summit");
        assertEquals(answered.get(1), answered.get(4), "a state by its id and by its code");
        assertEquals(answered.get(2), answered.get(5), "an organization by its id and by its code");
        assertEquals(withType("Person", direct.getMap("data.person")), answered.get(6));
    }

    @Test
    void entitiesOfOneTypeAreReadInOneStatementWhateverTheirNumber() {
        List<String> ids = GraphQL.ok("summitPage", "organization", "CSTO", "first", 12).extract().jsonPath()
                .getList("data.summits.nodes.id");
        assertTrue(ids.size() >= 10, "the dataset has at least 10 CSTO summits");
        long one = statementsFor(ids.subList(0, 1));
        long all = statementsFor(ids);
        assertEquals(one, all, "SQL statements for " + ids.size() + " summits vs 1");
    }

    @Test
    void representationsTheServiceCannotResolveAreRefusedWithACode() {
        refused(Map.of("__typename", "Planet", "id", "mars"), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("Summit(id)"));
        refused(Map.of("__typename", "Summit", "title", "Bishkek"), "BAD_USER_INPUT");
        refused(Map.of("id", SUMMIT), "BAD_USER_INPUT");
        refused(Map.of("__typename", "Summit", "id", 42), "BAD_USER_INPUT");
        GraphQL.send("federationEntities", Map.of(), "representations", List.of(true)).statusCode(200)
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aRepresentationWrittenWithARepeatedFieldIsRefusedBeforeValidation() {
        String query = "{ _entities(representations: [{__typename: \"Summit\", id: \"a\", id: \"b\"}]) { __typename } }";
        GraphQL.raw(query, Map.of()).statusCode(200).body("data", nullValue()).body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void theSubgraphSdlIsLinkedToFederationTwoAndKeysTheEntities() {
        String sdl = GraphQL.ok("federationService").extract().path("data._service.sdl");
        assertTrue(sdl.contains("@link(import : [\"@key\"], url : \"https://specs.apollo.dev/federation/v2.7\")"), sdl);
        for (String entity : List.of("type Summit implements Node @key(fields : \"id\")",
                "type Person implements Node @key(fields : \"id\")",
                "type Organization implements Node @key(fields : \"id\") @key(fields : \"code\")",
                "type Country implements Node @key(fields : \"id\") @key(fields : \"code\")")) {
            assertTrue(sdl.contains(entity), () -> "no `" + entity + "` in the SDL");
        }
    }

    @Test
    void theSubgraphSdlIsRefusedWhenIntrospectionIsOff() {
        boolean before = Introspection.isEnabledJvmWide();
        try {
            Introspection.enabledJvmWide(false);
            GraphQL.send("federationService", Map.of()).statusCode(200).body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
        } finally {
            Introspection.enabledJvmWide(before);
        }
    }

    private long statementsFor(List<String> ids) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        List<Map<String, Object>> answered = GraphQL.ok("federationEntities", "representations",
                ids.stream().map(id -> Map.of("__typename", "Summit", "id", id)).toList())
                .extract().jsonPath().getList("data._entities");
        assertEquals(ids, IntStream.range(0, answered.size()).mapToObj(i -> answered.get(i).get("id")).toList());
        long count = stats.getPrepareStatementCount();
        assertTrue(count > 0, "statistics must count the statements of the request");
        return count;
    }

    private static ValidatableResponse refused(Map<String, Object> representation, String code) {
        return GraphQL.send("federationEntities", Map.of(), "representations", List.of(representation)).statusCode(200)
                .body("data", nullValue()).body("errors", hasSize(1)).body("errors[0].extensions.code", equalTo(code));
    }

    private static Map<String, Object> withType(String type, Map<String, Object> fields) {
        Map<String, Object> entity = new LinkedHashMap<>(fields);
        entity.put("__typename", type);
        return entity;
    }
}
