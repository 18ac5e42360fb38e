package org.summitgraph.limits;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 11: tiny anonymous requests that would exhaust or stall the service are refused before any
 * work, with their own code, and the service answers the next request as usual.
 */
@QuarkusTest
@TestProfile(LimitsTest.ProductionCost.class)
class ExhaustionTest {

    /** About 1 KB of fragments, each spreading the next ten times, that expands to 10^11 fields. */
    @Test
    void fragmentFanOutIsRefusedBeforeItIsExpanded() {
        refused(GraphQL.send("limitFragmentFanOut", Map.of()), "COST_EXCEEDED")
                .body("errors[0].message", containsString("100000000000 fields"));
        GraphQL.ok("limitDepth12").body("data.summit", notNullValue());
    }

    @Test
    void depthIsCountedThroughFragments() {
        refused(GraphQL.send("limitDepthThroughFragments", Map.of()), "MAX_DEPTH_EXCEEDED")
                .body("errors[0].message", containsString("through its fragments"));
    }

    @Test
    void fragmentsSpreadManyTimesThatExpandToFewFieldsRun() {
        String query = "{ ...A } fragment A on Query { " + "...B ".repeat(10) + "} "
                + "fragment B on Query { summit(id: \"csto-2025-11-27-bishkek\") { id } }";
        GraphQL.raw(query, Map.of()).statusCode(200).body("errors", nullValue())
                .body("data.summit.id", equalTo("csto-2025-11-27-bishkek"));
    }

    @Test
    void aListArgumentOfTheMostItemsRuns() {
        GraphQL.ok("nodesByIds", "ids", ids(100)).body("data.nodes", hasSize(100));
    }

    @Test
    void aLongerListArgumentIsRefused() {
        refused(GraphQL.send("nodesByIds", Map.of(), "ids", ids(101)), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("at most 100"));
        refused(GraphQL.send("nodesByIds", Map.of(), "ids", ids(6000)), "BAD_USER_INPUT");
    }

    /** Each id is one more node to fetch and to resolve the selection for. */
    @Test
    void theItemsOfAListArgumentCountInTheCost() {
        GraphQL.ok("nodesCost", "ids", ids(94)).body("data.nodes", hasSize(94));
        refused(GraphQL.send("nodesCost", Map.of(), "ids", ids(95)), "COST_EXCEEDED")
                .body("errors[0].message", containsString("5036"));
    }

    @Test
    void aSearchTextOfTheMostWordsAndCharactersRuns() {
        String twenty = String.join(" ", Collections.nCopies(20, "securite"));
        GraphQL.ok("searchIds", "text", twenty).body("data.search", notNullValue());
        GraphQL.ok("searchIds", "text", "a".repeat(200)).body("data.search", hasSize(0));
    }

    @Test
    void aLongerSearchTextIsRefusedBeforeAnySql() {
        refused(GraphQL.send("searchIds", Map.of(), "text", "a".repeat(201)), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("at most 200"));
        refused(GraphQL.send("searchIds", Map.of(), "text", String.join(" ", Collections.nCopies(21, "a"))),
                "BAD_USER_INPUT").body("errors[0].message", containsString("21 words; at most 20"));
        // the 13.5 KB text that took 10 s
        refused(GraphQL.send("searchIds", Map.of(), "text", "summit security ".repeat(850)), "BAD_USER_INPUT");
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "nobody-" + i).toList();
    }

    /** One error with its code, no data, no internals. */
    private static ValidatableResponse refused(ValidatableResponse response, String code) {
        return response.statusCode(200)
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.exception", nullValue())
                .body("errors.message", everyItem(not(containsString("Exception"))))
                .body("errors.message", everyItem(not(containsString("java."))));
    }
}
