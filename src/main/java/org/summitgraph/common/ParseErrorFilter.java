package org.summitgraph.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks POSTed GraphQL requests before SmallRye does, so that a malformed body or a document
 * that does not parse gets a coded error too: SmallRye answers those without a code.
 */
@ApplicationScoped
public class ParseErrorFilter {

    void register(@Observes Router router) {
        router.post("/graphql").order(-100).handler(BodyHandler.create()).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String contentType = rc.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            rc.next();
            return;
        }
        Object query;
        try {
            query = rc.body().asJsonObject().getValue("query");
        } catch (DecodeException | ClassCastException e) {
            reply(rc, 400, badRequest("The request body must be a JSON object"));
            return;
        }
        if (!(query instanceof String text)) {
            reply(rc, 400, badRequest("The request must have a `query` string"));
            return;
        }
        try {
            Parser.parse(text);
        } catch (InvalidSyntaxException e) {
            reply(rc, 200, GraphQLErrors.withCode(new InvalidSyntaxError(e.getLocation(), e.getMessage()), false)
                    .toSpecification());
            return;
        }
        rc.next();
    }

    private static Map<String, Object> badRequest(String message) {
        return Map.of("message", message, "extensions", Map.of("code", ErrorCode.BAD_REQUEST.name()));
    }

    private static void reply(RoutingContext rc, int status, Map<String, Object> error) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject(Map.of("errors", List.of(error))).encode());
    }
}
