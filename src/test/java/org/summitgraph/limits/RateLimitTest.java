package org.summitgraph.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Every answer tells its cost; each client (token subject, else address, here the one a proxy forwards)
 * spends a budget of cost points per minute, here 60 (one point a second), and is refused RATE_LIMITED
 * beyond it. Each test is its own client, by its own forwarded address.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudget.class)
public class RateLimitTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit-graph.limits.max-cost", "5000", "summit-graph.limits.cost-per-minute", "60",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    /** Costs 1 + 20 * (nodes 1 + id 1) = 41. */
    private static final String FORTY_ONE = "{ summits(first: 20) { nodes { id } } }";
    /** Costs 1 + 4 = 5. */
    private static final String BUDGET = "{ rateLimit { limit cost remaining resetInSeconds } }";

    private static ValidatableResponse post(String address, String accept, Map<String, String> headers, String query) {
        return given().contentType("application/json").accept(accept).header("X-Forwarded-For", address)
                .headers(headers).body(Map.of("query", query)).when().post("/graphql").then();
    }

    private static ValidatableResponse post(String address, String query) {
        return post(address, "application/json", Map.of(), query);
    }

    @Test
    void everyAnswerCarriesItsCostAndTheLimit() {
        post("198.51.100.1", FORTY_ONE).statusCode(200).body("errors", nullValue())
                .body("extensions.cost.requested", equalTo(41)).body("extensions.cost.limit", equalTo(5000));
        post("198.51.100.1", "{ summit(id: 1) }").statusCode(200).body("errors[0].extensions.code",
                equalTo("GRAPHQL_VALIDATION_FAILED")).body("extensions.cost.requested", equalTo(0))
                .body("extensions.cost.limit", equalTo(5000));
    }

    @Test
    void aQueryOverTheCostLimitIsToldItsCost() {
        String hundred = "summits(first: 100) { nodes { id documents { id kind } } }";
        post("198.51.100.2", "{ a: " + hundred + " b: " + hundred + " c: " + hundred + " }")
                .statusCode(200).body("errors[0].extensions.code", equalTo("COST_EXCEEDED"))
                .body("extensions.cost.requested", equalTo(3 * (1 + 100 * (1 + 1 + (1 + 10 * 2)))));
    }

    @Test
    void aQueryCanAskForItsBudgetAndTheAnswerIsNeverKept() {
        post("198.51.100.3", BUDGET).statusCode(200).body("errors", nullValue())
                .body("data.rateLimit.limit", equalTo(60)).body("data.rateLimit.cost", equalTo(5))
                .body("data.rateLimit.remaining", equalTo(55)).body("data.rateLimit.resetInSeconds", equalTo(5))
                .body("extensions.cost.requested", equalTo(5));
        // the same request again: run again (not replayed from the kept answers), 5 more points taken
        post("198.51.100.3", BUDGET).statusCode(200).body("data.rateLimit.remaining", lessThan(55));
        ExtractableResponse<Response> overGet = given().accept("application/json").header("X-Forwarded-For", "198.51.100.3")
                .queryParam("query", BUDGET).when().get("/graphql").then().statusCode(200)
                .body("data.rateLimit.remaining", lessThan(50)).extract();
        assertEquals(null, overGet.header("ETag"), "an answer that varies is not tagged");
        assertEquals("no-store", overGet.header("Cache-Control"));
    }

    @Test
    void aKeptAnswerCarriesTheSameCost() {
        String query = "{ summits(first: 2) { nodes { id } } }";
        Object first = post("198.51.100.4", query).statusCode(200).extract().path("extensions.cost");
        Object again = post("198.51.100.4", query).statusCode(200).extract().path("extensions.cost");
        assertEquals(Map.of("requested", 5, "limit", 5000), first);
        assertEquals(first, again);
    }

    @Test
    void beyondItsBudgetAClientIsRefusedWith429AndRetryAfter() {
        String address = "198.51.100.5";
        post(address, FORTY_ONE).statusCode(200).body("errors", nullValue());
        ExtractableResponse<Response> refused = post(address, "application/graphql-response+json", Map.of(), FORTY_ONE)
                .statusCode(429).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                .body("errors[0].extensions.retryAfter", greaterThan(15))
                .body("extensions.cost.requested", equalTo(41)).extract();
        int retryAfter = refused.path("errors[0].extensions.retryAfter");
        assertEquals(Integer.toString(retryAfter), refused.header("Retry-After"));
        // application/json: GraphQL errors are 200 there
        ExtractableResponse<Response> plain = post(address, FORTY_ONE).statusCode(200)
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED")).extract();
        assertEquals(null, plain.header("Retry-After"));
        // a cheaper query still fits in what is left
        post(address, "{ summits(first: 2) { nodes { id } } }").statusCode(200).body("errors", nullValue());
    }

    @Test
    void anAuthenticatedClientIsItsTokensSubjectWhereverItComesFrom() {
        Map<String, String> alice = Tokens.bearer(Tokens.forRoles("rate-limit-alice"));
        post("198.51.100.6", "application/json", alice, FORTY_ONE).statusCode(200).body("errors", nullValue());
        // the same subject from another address: the same budget
        post("198.51.100.7", "application/json", Tokens.bearer(Tokens.forRoles("rate-limit-alice")), FORTY_ONE)
                .statusCode(200).body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
        // the address without the token, and another subject from it: budgets of their own
        post("198.51.100.6", FORTY_ONE).statusCode(200).body("errors", nullValue());
        post("198.51.100.6", "application/json", Tokens.bearer(Tokens.forRoles("rate-limit-bob")), FORTY_ONE)
                .statusCode(200).body("errors", nullValue())
                .body("extensions.cost.requested", notNullValue());
    }

    @Test
    void aTokenThatDoesNotVerifyCountsAsItsAddress() {
        post("198.51.100.10", FORTY_ONE).statusCode(200).body("errors", nullValue());
        // queries ignore such a token; its subject is not believed either
        String forged = Tokens.forRoles("rate-limit-carol").replaceAll("\\.[^.]+$", ".c2lnbmF0dXJl");
        post("198.51.100.10", "application/json", Tokens.bearer(forged), FORTY_ONE).statusCode(200)
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }

    @Test
    void addressesBehindTheProxyAreClientsOfTheirOwn() {
        // the second is a kept answer, charged all the same: refused, it runs and is refused
        post("198.51.100.8", FORTY_ONE).statusCode(200).body("errors", nullValue());
        post("198.51.100.8", FORTY_ONE).statusCode(200).body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
        Object other = post("198.51.100.9", FORTY_ONE).statusCode(200).extract().path("errors");
        assertNotEquals(Boolean.TRUE, other != null, "another address has its own budget");
    }
}
