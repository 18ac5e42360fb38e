package org.summitgraph.execution;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** Issue 12: operations over HTTP beyond the limit wait their turn; beyond the line, 503. */
@QuarkusTest
@TestProfile(OperationGateTest.OneAtATime.class)
class OperationGateTest {

    /** One operation at a time, one waiting; search texts long enough to keep the one running busy. */
    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit-graph.limits.max-concurrent-operations", "1",
                    "summit-graph.limits.max-waiting-operations", "1",
                    "summit-graph.limits.timeout", "60s",
                    "summit-graph.limits.max-search-length", "20000",
                    "summit-graph.limits.max-search-terms", "5000");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void operationsBeyondTheLimitWaitTheirTurnAndBeyondTheLineAreRefused() throws Exception {
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> {
            GraphQL.ok("searchIds", "text", "csto ".repeat(800), "first", 5);
            return System.nanoTime();
        });
        awaitSearchRunning();
        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> {
            GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2020-06-01");
            return System.nanoTime();
        });
        Thread.sleep(300);
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

    private void awaitSearchRunning() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!searchRunning()) {
            assertTrue(System.nanoTime() < deadline, "the search never started");
            Thread.sleep(20);
        }
    }

    private boolean searchRunning() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and state = 'active' and pid <> pg_backend_pid() "
                        + "and query like '%websearch_to_tsquery%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
