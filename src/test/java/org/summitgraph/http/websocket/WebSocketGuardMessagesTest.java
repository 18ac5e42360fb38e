package org.summitgraph.http.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.core.json.JsonObject;

/** Which graphql-transport-ws messages from a client are valid, and the close reasons of the others. */
class WebSocketGuardMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"connection_init\"}",
            "{\"type\":\"connection_init\",\"payload\":{\"token\":\"t\"}}",
            "{\"type\":\"ping\",\"payload\":null}",
            "{\"type\":\"pong\"}",
            "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"{ x }\",\"variables\":null,\"operationName\":null}}",
            "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"{ x }\",\"variables\":{},\"extensions\":{},\"operationName\":\"X\"}}",
            "{\"type\":\"complete\",\"id\":\"1\"}" })
    void validMessagesPass(String message) {
        assertNull(WebSocketGuard.invalid(new JsonObject(message)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":7}",
            "{\"type\":\"" + "a very long and unknown type that a client made up to fill the reason with its own words" + "\"}",
            "{\"type\":\"subscribe\",\"id\":\"\",\"payload\":{\"query\":\"{ x }\"}}",
            "{\"type\":\"subscribe\",\"id\":1,\"payload\":{\"query\":\"{ x }\"}}",
            "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":7}}",
            "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"{ x }\",\"operationName\":[]}}",
            "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"{ x }\",\"extensions\":\"e\"}}",
            "{\"type\":\"complete\",\"id\":null}",
            "{\"type\":\"connection_ack\"}",
            "{\"type\":\"error\",\"id\":\"1\",\"payload\":[]}" })
    void invalidMessagesGetAShortReasonThatEchoesNothingUnknown(String message) {
        String reason = WebSocketGuard.invalid(new JsonObject(message));
        assertTrue(reason != null && reason.getBytes(StandardCharsets.UTF_8).length <= 123, reason);
        assertTrue(!reason.contains("made up"), reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "connection_ack", "next", "error" })
    void messagesOnlyServersSendAreNamed(String type) {
        assertEquals("Unexpected message from a client: `" + type + "` is sent by servers",
                WebSocketGuard.invalid(new JsonObject().put("type", type)));
    }
}
