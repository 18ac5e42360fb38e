package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitgraph.live.ChangeEvents;
import org.summitgraph.live.GraphQLWebSocket;
import org.summitgraph.live.Live;
import org.summitgraph.live.OtherInstance;
import org.summitgraph.support.GraphQL;

/**
 * Issue 11, second round: after WebSocket use, hostile frames included, the packaged application stops
 * on SIGTERM at once (Quarkus waited its whole 20 s shutdown timeout and logged an ERROR), its clients
 * told with 1001 (going away), and nothing logged at WARN or ERROR.
 */
class WebSocketShutdownIT {

    private PackagedApplication application;

    @AfterEach
    void stop() throws Exception {
        if (application != null && application.process.isAlive()) {
            application.process.destroyForcibly();
        }
    }

    @Test
    void anApplicationWithAnOpenSubscriptionStopsAtOnceAndSaysGoingAway() throws Exception {
        application = PackagedApplication.start(Map.of("JWT_PUBLIC_KEY_LOCATION",
                Path.of("src", "test", "resources", "jwt", "public-key.pem").toAbsolutePath().toString()));
        URI endpoint = URI.create("ws://localhost:" + application.port + "/graphql");

        // sockets used and closed, some of them by the server for what they sent
        try (GraphQLWebSocket done = GraphQLWebSocket.open(endpoint)) {
            done.subscribe("s", GraphQL.document("summitChanged"), "organization", "CSTO");
        }
        for (String hostile : List.of("{\"type\":", "{\"type\":\"shutdown\"}", "{\"type\":\"subscribe\"}")) {
            try (GraphQLWebSocket client = GraphQLWebSocket.open(endpoint)) {
                client.sendText(hostile);
                assertTrue(client.awaitClose(Duration.ofSeconds(5)).startsWith("4400 "));
            }
        }

        GraphQLWebSocket open = GraphQLWebSocket.open(endpoint);
        open.subscribe("live", GraphQL.document("summitChanged"), "organization", "CSTO");
        Live.untilLive(open, "live", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2025-11-27-bishkek"),
                Live.summit("csto-2025-11-27-bishkek"));

        long sent = System.nanoTime();
        application.process.destroy();
        boolean exited = application.process.waitFor(5, TimeUnit.SECONDS);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        System.out.printf("[shutdown] exited %s after SIGTERM in %d ms%n", exited, tookMs);
        assertTrue(exited && tookMs < 2_000, "the application exits within 2 s of SIGTERM, took " + tookMs + " ms");
        assertEquals("1001 Server shutting down", open.awaitClose(Duration.ofSeconds(1)));
        open.close();

        List<String> loud = application.logText().lines()
                .filter(l -> l.contains("\"level\":\"WARN\"") || l.contains("\"level\":\"ERROR\"")).toList();
        assertEquals(List.of(), loud, "WARN or ERROR lines in the log");
    }
}
