package org.summitgraph.http;

import java.util.List;
import java.util.Map;

import org.summitgraph.error.ErrorCode;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The errors that the HTTP layer answers itself, shaped as GraphQL answers:
 * {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}.
 */
final class ErrorAnswers {

    private ErrorAnswers() {
    }

    static Map<String, Object> coded(ErrorCode code, String message) {
        return Map.of("message", message, "extensions", Map.of("code", code.name()));
    }

    static void send(RoutingContext rc, String mediaType, int status, Map<String, Object> error) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                .end(new JsonObject(Map.of("errors", List.of(error))).encode());
    }

    /** A {@code BAD_REQUEST} error. */
    static void badRequest(RoutingContext rc, String mediaType, int status, String message) {
        send(rc, mediaType, status, coded(ErrorCode.BAD_REQUEST, message));
    }
}
