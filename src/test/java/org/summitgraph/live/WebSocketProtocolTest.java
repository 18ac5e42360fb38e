package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Issue 11, second round: graphql-transport-ws as its protocol wants it, whatever a client sends.
 * Errors carry the codes HTTP gives; a message that breaks the protocol closes the socket with 4400
 * and a short reason in words; a frame over 64 KB closes it with 1009.
 */
@QuarkusTest
class WebSocketProtocolTest {

    private static final Duration CLOSE = Duration.ofSeconds(5);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aDocumentThatDoesNotParseGetsTheParseCodeAndTheSocketServesOn() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("broken", GraphQL.document("unparseableSubscription"), "organization", "CSTO");
            JsonObject error = client.awaitErrors("broken", Live.EVENT).getJsonObject(0);
            assertEquals("GRAPHQL_PARSE_FAILED", error.getJsonObject("extensions").getString("code"));
            assertEquals(4, error.getJsonArray("locations").getJsonObject(0).getInteger("line"));

            client.subscribe("live", GraphQL.document("summitChanged"), "organization", "CSTO");
            Live.untilLive(client, "live", () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2023-11-23-minsk"),
                    Live.summit("csto-2023-11-23-minsk"));
        }
    }

    @Test
    void theOlderGraphqlWsProtocolIsNotOffered() throws Exception {
        URI socket = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        String chosen;
        try {
            chosen = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-ws")
                    .buildAsync(socket, new WebSocket.Listener() {
                    }).get(5, TimeUnit.SECONDS).getSubprotocol();
        } catch (ExecutionException refused) {
            chosen = "refused";
        }
        assertNotEquals("graphql-ws", chosen, "its start/stop messages would escape the subscription count");
    }

    @Test
    void aDocumentThatDoesNotValidateGetsTheValidationCode() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("unknown", GraphQL.document("unknownField"));
            JsonArray errors = client.awaitErrors("unknown", Live.EVENT);
            assertEquals("GRAPHQL_VALIDATION_FAILED", errors.getJsonObject(0).getJsonObject("extensions").getString("code"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                  | {"type":                                           | Invalid message: not a JSON object
            a JSON array              | [1, 2]                                             | Invalid message: not a JSON object
            an unknown type           | {"type":"shutdown"}                                | Invalid message: unknown type
            no type                   | {"id":"1"}                                         | Invalid message: `type` must be a string
            a subscribe without id    | {"type":"subscribe","payload":{"query":"{ x }"}}   | Invalid message: `id` must be a non-empty string
            a subscribe without query | {"type":"subscribe","id":"1","payload":{}}         | Invalid message: `payload.query` must be a string
            variables not an object   | {"type":"subscribe","id":"1","payload":{"query":"{ x }","variables":[]}} | Invalid message: `payload.variables` must be an object
            a complete without id     | {"type":"complete"}                                | Invalid message: `id` must be a non-empty string
            a payload not an object   | {"type":"ping","payload":"hello"}                  | Invalid message: `payload` must be an object
            a server's message        | {"type":"next","id":"1","payload":{}}              | Unexpected message from a client: `next` is sent by servers
            """)
    void aMessageThatBreaksTheProtocolClosesTheSocketWith4400(String what, String message, String reason) throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.sendText(message);
            assertEquals("4400 " + reason, client.awaitClose(CLOSE));
        }
    }

    @Test
    void theCloseReasonNamesNoParserNorClass() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.sendText("{\"type\": \"subscribe\", \"id\": ");
            String closed = client.awaitClose(CLOSE);
            assertFalse(closed.matches("(?s).*(Exception|Unexpected char|jakarta|io\\.vertx|com\\.fasterxml|line:).*"), closed);
        }
    }

    @Test
    void aFrameOver64KbClosesTheSocketWith1009() throws Exception {
        try (RawWebSocket socket = new RawWebSocket(graphql)) {
            socket.send("{\"type\":\"connection_init\"}");
            assertEquals("{\"type\":\"connection_ack\"}", socket.read().text());
            socket.send(ping(70_000));
            RawWebSocket.Frame closed = socket.readControl();
            assertEquals(RawWebSocket.CLOSE, closed.opcode());
            assertEquals("1009 Message too big: at most 65536 bytes", closed.close());
        }
    }

    @Test
    void aFrameUnderTheLimitIsServed() throws Exception {
        try (RawWebSocket socket = new RawWebSocket(graphql)) {
            socket.send("{\"type\":\"connection_init\"}");
            assertEquals("{\"type\":\"connection_ack\"}", socket.read().text());
            socket.send(ping(60_000));
            assertEquals("pong", new JsonObject(socket.read().text()).getString("type"));
        }
    }

    private static String ping(int padding) {
        return new JsonObject().put("type", "ping").put("payload", new JsonObject().put("pad", "x".repeat(padding))).encode();
    }
}
