package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** summitChanged over graphql-transport-ws: what another instance or a mutation commits reaches the subscriber. */
@QuarkusTest
class SummitChangedTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject Fixtures fixtures;

    @Test
    void aSummitNotifiedByAnotherInstanceReachesTheSubscriberWithItsCurrentData() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("1", GraphQL.document("summitChanged"), "organization", "CSTO");
            Live.untilLive(client, "1", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2026-11-11-moscow"),
                    Live.summit("csto-2026-11-11-moscow"));

            OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2025-11-27-bishkek");

            JsonObject summit = client.awaitNext("1", Live.summit("csto-2025-11-27-bishkek"), Live.EVENT)
                    .getJsonObject("summitChanged");
            assertEquals(Map.of("id", "csto-2025-11-27-bishkek", "date", "2025-11-27", "status", "HELD"),
                    summit.getMap());
        }
    }

    @Test
    void nestedFieldsOfTheSummitAreResolvedForEachEvent() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("details", GraphQL.document("summitChangedDetails"), "organization", "CSTO");
            Live.untilLive(client, "details", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2022-05-16-moscow"),
                    Live.summit("csto-2022-05-16-moscow"));

            OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2025-11-27-bishkek");

            JsonObject summit = client.awaitNext("details", Live.summit("csto-2025-11-27-bishkek"), Live.EVENT)
                    .getJsonObject("summitChanged");
            assertEquals("HELD", summit.getString("status"));
            assertEquals("REGULAR", summit.getString("kind"));
            assertEquals("bishkek", summit.getJsonObject("city").getString("id"));
            assertEquals("Bishkek", summit.getJsonObject("city").getString("name"));
            assertEquals("CSTO", summit.getJsonObject("organization").getString("code"));
            assertTrue(summit.getString("title").contains("Bishkek"), summit.getString("title"));
            assertTrue(summit.getString("titleFr").contains("Bichkek"), summit.getString("titleFr"));
        }
    }

    /**
     * Scheduled for an organization of its own: a CSTO summit in 2027 would become the CSTO's next
     * meeting for every other test.
     */
    @Test
    void aScheduledSummitReachesTheSubscriberAfterTheMutationCommits() throws Exception {
        String organization = fixtures.organization("moscow");
        String control = fixtures.summit(organization, LocalDate.of(2026, 9, 1), SummitStatus.SCHEDULED);
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("1", GraphQL.document("summitChanged"), "organization", organization);
            Live.untilLive(client, "1", () -> OtherInstance.notify(ChangeEvents.SUMMITS, control), Live.summit(control));

            String id = GraphQL.okWithHeaders("summitChangedBySchedule", Tokens.bearer(Tokens.editor()),
                    "organization", organization).extract().path("data.scheduleSummit.id");

            JsonObject summit = client.awaitNext("1", Live.summit(id), Live.EVENT).getJsonObject("summitChanged");
            assertEquals(Map.of("id", id, "date", "2027-05-01", "status", "SCHEDULED"), summit.getMap());
        }
    }
}
