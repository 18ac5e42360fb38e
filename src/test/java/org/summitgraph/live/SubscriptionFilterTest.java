package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** A subscription with `organization` receives that organization's changes only. */
@QuarkusTest
class SubscriptionFilterTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject Fixtures fixtures;

    @Test
    void aSubscriberOfAnotherOrganizationDoesNotReceiveACstoChange() throws Exception {
        String other = fixtures.organization("moscow");
        String otherSummit = fixtures.summit(other, LocalDate.of(2027, 3, 1), SummitStatus.SCHEDULED);
        try (GraphQLWebSocket otherClient = GraphQLWebSocket.open(graphql);
                GraphQLWebSocket cstoClient = GraphQLWebSocket.open(graphql)) {
            otherClient.subscribe("other", GraphQL.document("summitChanged"), "organization", other);
            cstoClient.subscribe("csto", GraphQL.document("summitChanged"), "organization", "CSTO");
            // both subscriptions are live: each has received a change of its own organization
            Live.untilLive(otherClient, "other", () -> OtherInstance.notify(ChangeEvents.SUMMITS, otherSummit),
                    Live.summit(otherSummit));
            Live.untilLive(cstoClient, "csto", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2023-11-23-minsk"),
                    Live.summit("csto-2023-11-23-minsk"));

            OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2022-11-23-yerevan");

            // positive control: the CSTO subscriber gets it ...
            cstoClient.awaitNext("csto", Live.summit("csto-2022-11-23-yerevan"), Live.EVENT);
            // ... and the other organization's subscriber gets nothing but its own summit
            JsonObject leaked = otherClient.pollNext("other",
                    data -> !otherSummit.equals(data.getJsonObject("summitChanged").getString("id")),
                    Duration.ofSeconds(2));
            assertEquals(null, leaked);
            List<String> ids = otherClient.receivedData("other").stream()
                    .map(data -> data.getJsonObject("summitChanged").getString("id")).distinct().toList();
            assertEquals(List.of(otherSummit), ids);
        }
    }
}
