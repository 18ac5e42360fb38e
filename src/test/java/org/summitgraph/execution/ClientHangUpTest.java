package org.summitgraph.execution;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.LoudLog;
import org.summitgraph.support.Polling;
import org.summitgraph.support.SlowSearches;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 12: a client that hangs up costs the work already running, nothing more. A search slow enough
 * to hang up during it, whose hits' nodes come from a batch that only starts once the search is done.
 */
@QuarkusTest
@TestProfile(SlowSearches.class)
class ClientHangUpTest {

    private static final String SLOW_TEXT = SlowSearches.text(800);

    @Inject MeterRegistry meters;

    @Inject AgroalDataSource dataSource;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void aClientThatHangsUpStopsTheRestOfItsOperation() throws Exception {
        // the same operation, waited for: its hits' nodes are fetched by the batch
        long nodeBatches = nodeBatches();
        GraphQL.ok("searchIds", "text", SLOW_TEXT, "first", 5).body("data.search", not(empty()));
        assertEquals(nodeBatches + 1, nodeBatches(), "the batch of the hits' nodes ran once");

        try (LoudLog log = LoudLog.record()) {
            double stopped = stopped();
            SlowSearches.sendAndHangUp(graphql, dataSource, "searchIds", SLOW_TEXT);
            // the search runs to its end; then its operation stops where it is, before the batch
            Polling.until(() -> stopped() > stopped, "the operation of a client gone stopped");
            assertEquals(nodeBatches + 1, nodeBatches(), "a batch ran for a client that had hung up");
            assertEquals(0, dataSource.getMetrics().activeCount(), "connections still in use");
            assertTrue(log.lines().isEmpty(), "logged: " + log.lines());
        }
        GraphQL.ok("searchIds", "text", "securite");
    }

    private double stopped() {
        return meters.find("summit_graph_operations_stopped").counter().count();
    }

    private long nodeBatches() {
        Timer timer = meters.find("mp_graphql").tags("name", "node", "source", "true").timer();
        return timer == null ? 0 : timer.count();
    }
}
