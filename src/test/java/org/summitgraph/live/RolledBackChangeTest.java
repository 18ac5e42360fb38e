package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Nothing is published for a transaction that rolls back. Notifications of one session arrive in
 * commit order, and the feed keeps that order, so once the change committed after the rolled-back
 * one has arrived, the rolled-back one can no longer come.
 */
@QuarkusTest
class RolledBackChangeTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject ChangeEvents events;

    @Test
    void aNotificationOfARolledBackTransactionNeverArrives() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("1", GraphQL.document("summitChanged"));
            Live.untilLive(client, "1", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2015-09-15-dushanbe"),
                    Live.summit("csto-2015-09-15-dushanbe"));

            OtherInstance.notifyAndRollBack(ChangeEvents.SUMMITS, "csto-2016-10-14-yerevan");
            OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2017-04-14-bishkek");

            client.awaitNext("1", Live.summit("csto-2017-04-14-bishkek"), Live.EVENT);
            assertEquals(null, client.pollNext("1", Live.summit("csto-2016-10-14-yerevan"), Duration.ofSeconds(1)));
            assertEquals(List.of(), idsReceived(client, "csto-2016-10-14-yerevan"));
        }
    }

    @Test
    void changeEventsOfAnApplicationTransactionArriveOnlyWhenItCommits() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("1", GraphQL.document("summitChanged"), "organization", "CSTO");
            Live.untilLive(client, "1", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2017-11-30-minsk"),
                    Live.summit("csto-2017-11-30-minsk"));

            QuarkusTransaction.begin();
            try {
                events.summitChanged("csto-2018-11-08-astana");
            } finally {
                QuarkusTransaction.rollback();
            }
            QuarkusTransaction.requiringNew().run(() -> events.summitChanged("csto-2019-11-28-bishkek"));

            client.awaitNext("1", Live.summit("csto-2019-11-28-bishkek"), Live.EVENT);
            assertEquals(null, client.pollNext("1", Live.summit("csto-2018-11-08-astana"), Duration.ofSeconds(1)));
            assertEquals(List.of(), idsReceived(client, "csto-2018-11-08-astana"));
        }
    }

    private static List<String> idsReceived(GraphQLWebSocket client, String summitId) {
        return client.receivedData("1").stream().map(data -> data.getJsonObject("summitChanged").getString("id"))
                .filter(summitId::equals).toList();
    }
}
