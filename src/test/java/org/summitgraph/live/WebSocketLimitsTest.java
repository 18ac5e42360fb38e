package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;

/**
 * Issue 11: one client cannot hold unbounded subscriptions (each holds memory while it lives):
 * 20 per socket, 10 sockets per address, at their default values.
 */
@QuarkusTest
class WebSocketLimitsTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aSubscriptionOverTheLimitOfASocketGetsAnErrorAndTheOthersLive() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            for (int i = 1; i <= 20; i++) {
                client.subscribe("s" + i, GraphQL.document("summitChanged"), "organization", "CSTO");
            }
            client.subscribe("s21", GraphQL.document("summitChanged"), "organization", "CSTO");
            JsonArray errors = client.awaitErrors("s21", Live.EVENT);
            assertEquals(1, errors.size());
            assertEquals("TOO_MANY_SUBSCRIPTIONS", errors.getJsonObject(0).getJsonObject("extensions").getString("code"));

            // the socket still serves: one ended, another may start, and it receives events
            client.complete("s1");
            client.subscribe("s22", GraphQL.document("summitChanged"), "organization", "CSTO");
            Live.untilLive(client, "s22", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2023-11-23-minsk"),
                    Live.summit("csto-2023-11-23-minsk"));
        }
    }

    @Test
    void aSocketOverTheLimitOfAnAddressIsClosedWith4429() throws Exception {
        List<GraphQLWebSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                open.add(GraphQLWebSocket.open(graphql));
            }
            assertEquals(4429, GraphQLWebSocket.closedAtOnce(graphql));
        } finally {
            open.forEach(GraphQLWebSocket::close);
        }
        // the closed sockets no longer count (the server sees them closed shortly after the client)
        GraphQLWebSocket again = null;
        for (int attempt = 0; again == null && attempt < 50; attempt++) {
            try {
                again = GraphQLWebSocket.open(graphql);
            } catch (AssertionError | Exception refused) {
                Thread.sleep(Duration.ofMillis(100).toMillis());
            }
        }
        assertEquals(true, again != null, "no socket could be opened after the others closed");
        again.close();
    }
}
