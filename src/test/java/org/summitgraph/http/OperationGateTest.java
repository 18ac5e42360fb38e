package org.summitgraph.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Polling;
import org.summitgraph.support.SlowSearches;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** Issue 12: operations over HTTP beyond the limit wait their turn; beyond the line, 503. */
@QuarkusTest
@TestProfile(OperationGateTest.OneAtATime.class)
class OperationGateTest {

    /** One operation at a time, one waiting; searches slow enough to keep the one running busy. */
    public static class OneAtATime extends SlowSearches {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("summit-graph.limits.max-concurrent-operations", "1");
            overrides.put("summit-graph.limits.max-waiting-operations", "1");
            return overrides;
        }
    }

    @Inject AgroalDataSource dataSource;

    @Inject MeterRegistry meters;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void theOnlyPlaceComesBackWhenItsClientHangsUp() throws Exception {
        SlowSearches.sendAndHangUp(graphql, dataSource, "searchIds", SlowSearches.text(800));
        CompletableFuture<ValidatableResponse> next = CompletableFuture.supplyAsync(
                () -> GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2020-06-01"));
        next.get(30, TimeUnit.SECONDS);
        // served in the place of the operation whose client left, not after it
        assertTrue(SlowSearches.running(dataSource), "the next operation waited for the search of a client gone");
        SlowSearches.await(dataSource, false);
    }

    @Test
    void operationsBeyondTheLimitWaitTheirTurnAndBeyondTheLineAreRefused() throws Exception {
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> {
            GraphQL.ok("searchIds", "text", SlowSearches.text(800), "first", 5);
            return System.nanoTime();
        });
        SlowSearches.await(dataSource, true);
        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> {
            GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2020-06-01");
            return System.nanoTime();
        });
        Polling.until(() -> meters.get("summit_graph_operations_waiting").gauge().value() == 1, "one operation waits");
        assertFalse(waiting.isDone(), "an operation ran while another held the only place");

        ValidatableResponse refused = GraphQL.send("organizationOfficers", Map.of(), "code", "CSTO", "asOf", "2020-06-01");
        refused.statusCode(503).body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));

        long slowEnded = slow.get(60, TimeUnit.SECONDS);
        long waitingEnded = waiting.get(60, TimeUnit.SECONDS);
        assertTrue(waitingEnded > slowEnded, "the waiting operation ended before the one it waited for");
        assertEquals(0, dataSource.getMetrics().activeCount(), "connections still in use");
        // the places are all given back
        for (int i = 0; i < 3; i++) {
            GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2020-06-01");
        }
    }
}
