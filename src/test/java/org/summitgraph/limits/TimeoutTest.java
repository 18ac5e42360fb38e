package org.summitgraph.limits;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.SlowSearches;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 11: an operation past the time limit stops working, not only answers late: its statement
 * is cancelled and its connection back in the pool.
 */
@QuarkusTest
@TestProfile(TimeoutTest.LongSearches.class)
class TimeoutTest {

    /**
     * A short time limit, and search texts long enough to keep PostgreSQL busy for longer: "csto"
     * 2,700 times (13.5 KB, the text of issue 11) takes PostgreSQL about 12 s.
     */
    public static class LongSearches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit-graph.limits.timeout", "3s",
                    "summit-graph.limits.max-search-length", "20000",
                    "summit-graph.limits.max-search-terms", "5000");
        }
    }

    @Inject AgroalDataSource dataSource;

    @Test
    void aStatementPastTheLimitIsCancelledAndItsConnectionFreed() throws SQLException {
        GraphQL.send("searchIds", Map.of(), "text", SlowSearches.text(2700)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("TIMEOUT"));

        assertEquals(0, dataSource.getMetrics().activeCount(), "connections still in use");
        assertFalse(SlowSearches.running(dataSource), "the search statement still runs");
        GraphQL.ok("searchIds", "text", "securite");
    }
}
