package org.summitgraph.parsing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.limits.LimitsTest;
import org.summitgraph.support.GraphQL;

import graphql.introspection.Introspection;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * A repeated document is taken from {@link DocumentCache} instead of being parsed and validated again,
 * and the checks that depend on the request (cost and list arguments from variables, introspection)
 * still refuse it.
 */
@QuarkusTest
@TestProfile(LimitsTest.ProductionCost.class)
class CachedDocumentLimitsTest {

    @Inject DocumentCache cache;

    @Test
    void aRepeatedDocumentIsNotParsedAgain() {
        String query = "{ summit(id: \"csto-2025-11-27-bishkek\") { id cachedOnce: id } }";
        GraphQL.raw(query, Map.of()).statusCode(200).body("errors", nullValue());
        assertNotNull(cache.find(query));
        long misses = cache.misses();
        for (int i = 0; i < 3; i++) {
            GraphQL.raw(query, Map.of()).statusCode(200).body("errors", nullValue())
                    .body("data.summit.cachedOnce", equalTo("csto-2025-11-27-bishkek"));
        }
        assertEquals(misses, cache.misses());
    }

    @Test
    void aCachedDocumentOverTheCostLimitWithOtherVariablesIsRefused() {
        GraphQL.ok("limitCost", "first", 94).body("data.summits.nodes", notNullValue());
        assertNotNull(cache.find(GraphQL.document("limitCost")));
        long misses = cache.misses();
        refused(GraphQL.send("limitCost", Map.of(), "first", 95), "COST_EXCEEDED")
                .body("errors[0].message", containsString("5036"));
        assertEquals(misses, cache.misses());
    }

    @Test
    void aCachedDocumentWithALongerListArgumentIsRefused() {
        GraphQL.ok("nodesByIds", "ids", ids(2)).body("data.nodes", hasSize(2));
        assertNotNull(cache.find(GraphQL.document("nodesByIds")));
        long misses = cache.misses();
        refused(GraphQL.send("nodesByIds", Map.of(), "ids", ids(101)), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("at most 100"));
        assertEquals(misses, cache.misses());
    }

    /** The graphql-response+json answer of a cached document whose variables do not fit is still 400. */
    @Test
    void aCachedDocumentWithABadVariableFailsBeforeExecution() {
        String query = "query($first: Int) { summits(first: $first) { totalCount } }";
        GraphQL.raw(query, Map.of("first", 1)).statusCode(200).body("errors", nullValue());
        assertNotNull(cache.find(query));
        given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", query, "variables", Map.of("first", "many")))
                .when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void introspectionSwitchedOffRefusesACachedIntrospectionQuery() {
        String query = "{ __schema { queryType { name } } }";
        boolean before = Introspection.isEnabledJvmWide();
        try {
            Introspection.enabledJvmWide(true);
            GraphQL.raw(query, Map.of()).statusCode(200).body("data.__schema.queryType.name", equalTo("Query"));
            assertNotNull(cache.find(query));
            Introspection.enabledJvmWide(false);
            GraphQL.raw(query, Map.of()).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
        } finally {
            Introspection.enabledJvmWide(before);
        }
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "nobody-" + i).toList();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String code) {
        return response.statusCode(200).body("data", nullValue()).body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo(code));
    }
}
