package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** When its database connection breaks, the listener reconnects by itself and events flow again. */
@QuarkusTest
class ListenerReconnectTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject ChangeListener listener;

    @Test
    void eventsArriveAgainAfterTheListeningConnectionIsKilled() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("1", GraphQL.document("summitChanged"), "organization", "CSTO");
            Live.untilLive(client, "1", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2021-09-16-dushanbe"),
                    Live.summit("csto-2021-09-16-dushanbe"));

            assertTrue(OtherInstance.terminateChangeListeners() >= 1, "no listening connection to terminate");

            // notifications sent while the listener is away are lost: untilLive repeats until one gets through
            Live.untilLive(client, "1", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2021-08-23-videoconference"),
                    Live.summit("csto-2021-08-23-videoconference"));
            assertTrue(listener.listening());
        }
    }
}
