package org.summitgraph.http;

import java.util.List;
import java.util.Map;

import org.summitgraph.error.ErrorMessages;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads a GraphQL request from a POST body or from GET parameters, and answers what is not one: 406 when
 * the client accepts neither JSON media type; 415 for a POST without a supported Content-Type, or with a
 * charset other than UTF-8; 400 with a {@code BAD_REQUEST} code for a body that is no JSON object, a
 * missing or non-string {@code query}, non-object {@code variables} or {@code extensions}, a non-string
 * {@code operationName} (POST and GET alike), and a GET parameter given twice.
 */
final class RequestReader {

    private static final String GRAPHQL = "application/graphql";

    private RequestReader() {
    }

    /** The request a POST holds, or null once it has been answered. */
    static GraphQLRequest post(RoutingContext rc) {
        String sent = TransportCompensations.sentContentType(rc);
        String contentType = MediaTypes.single(sent);
        if (contentType != null && !contentType.equals(sent)) {
            // before negotiation, which has Vert.x parse the headers once and for all
            TransportCompensations.sendContentTypeOnce(rc, contentType);
        }
        String mediaType = negotiated(rc);
        if (mediaType == null) {
            return null;
        }
        if (sent != null && contentType == null) {
            // Vert.x would fail on a malformed parameter, and SmallRye decode another charset into garbage
            ErrorAnswers.badRequest(rc, mediaType, 415, "Unsupported Content-Type " + ErrorMessages.excerpt(sent)
                    + ": send one media type, in UTF-8, e.g. application/json");
            return null;
        }
        if (MediaTypes.is(contentType, GRAPHQL)) {
            // the body is the document itself
            String text = rc.body() == null ? null : rc.body().asString();
            if (text == null || text.isBlank()) {
                ErrorAnswers.badRequest(rc, mediaType, 400, "The request body must hold a GraphQL document");
                return null;
            }
            TransportCompensations.documentAsJson(rc, text);
            return new GraphQLRequest(mediaType, text, null, null, null, false, document -> {
            });
        }
        if (!MediaTypes.is(contentType, MediaTypes.JSON)) {
            ErrorAnswers.badRequest(rc, mediaType, 415, contentType == null
                    ? "The request needs a Content-Type: application/json"
                    : "Unsupported Content-Type " + ErrorMessages.excerpt(contentType) + ": send application/json");
            return null;
        }
        JsonObject request;
        try {
            request = rc.body() == null || rc.body().length() == 0 ? null : rc.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            request = null;
        }
        if (request == null) {
            ErrorAnswers.badRequest(rc, mediaType, 400, "The request body must be a JSON object");
            return null;
        }
        Object query = request.getValue("query");
        Object variables = request.getValue("variables");
        Object operationName = request.getValue("operationName");
        Object extensions = request.getValue("extensions");
        String wrong = query != null && !(query instanceof String) ? "`query` must be a string"
                : variables != null && !(variables instanceof JsonObject) ? "`variables` must be an object"
                : operationName != null && !(operationName instanceof String) ? "`operationName` must be a string"
                : extensions != null && !(extensions instanceof JsonObject) ? "`extensions` must be an object"
                : null;
        if (wrong != null) {
            ErrorAnswers.badRequest(rc, mediaType, 400, wrong);
            return null;
        }
        JsonObject body = request;
        return new GraphQLRequest(mediaType, (String) query, (String) operationName,
                variables == null ? null : ((JsonObject) variables).getMap(), (JsonObject) extensions, false, document -> {
                    // sent by its hash alone: SmallRye, which knows no persisted queries, gets the document in the body
                    if (query == null) {
                        rc.setBody(Buffer.buffer(body.copy().put("query", document).encode()));
                    }
                });
    }

    /** The request GET parameters hold, or null once it has been answered. */
    static GraphQLRequest get(RoutingContext rc) {
        String mediaType = negotiated(rc);
        if (mediaType == null) {
            return null;
        }
        for (String name : List.of("query", "variables", "operationName", "extensions")) {
            if (rc.queryParam(name).size() > 1) {
                ErrorAnswers.badRequest(rc, mediaType, 400, "The parameter `" + name + "` must be given once");
                return null;
            }
        }
        String query = rc.request().getParam("query");
        Map<String, Object> variables = null;
        JsonObject extensions = null;
        for (String name : List.of("variables", "extensions")) {
            String value = rc.request().getParam(name);
            if (value == null || value.isEmpty() || value.equals("null")) {
                continue;
            }
            try {
                JsonObject object = new JsonObject(value);
                if (name.equals("variables")) {
                    variables = object.getMap();
                } else {
                    extensions = object;
                }
            } catch (DecodeException | ClassCastException e) {
                ErrorAnswers.badRequest(rc, mediaType, 400, "`" + name + "` must be a URL-encoded JSON object");
                return null;
            }
        }
        return new GraphQLRequest(mediaType, query == null || query.isBlank() ? null : query,
                rc.request().getParam("operationName"), variables, extensions, true, document -> {
                });
    }

    /** The negotiated media type; {@code null} once the request has been answered 406. */
    private static String negotiated(RoutingContext rc) {
        String mediaType = MediaTypes.negotiate(rc);
        if (mediaType == null) {
            ErrorAnswers.badRequest(rc, MediaTypes.JSON, 406,
                    "The answer is application/graphql-response+json or application/json: accept one of them");
        }
        return mediaType;
    }
}
