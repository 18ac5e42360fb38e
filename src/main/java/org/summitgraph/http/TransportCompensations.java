package org.summitgraph.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.summitgraph.error.ErrorCode;
import org.summitgraph.error.ErrorMessages;
import org.summitgraph.http.ratelimiting.RateLimiting;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * What the transport in front of graphql-java would get wrong, set right before it runs: Quarkus's SmallRye
 * GraphQL handler ({@code SmallRyeGraphQLExecutionHandler}, seen with Quarkus 3.33 and SmallRye GraphQL 2.17),
 * and the Vert.x Web 4.5 body handling under it. Each method says what it works around.
 */
final class TransportCompensations {

    /** Where the Content-Type of a form body is kept aside. */
    private static final String SENT_CONTENT_TYPE = TransportCompensations.class.getName() + ".form";

    private TransportCompensations() {
    }

    /**
     * Vert.x Web 4.5's body handler decodes a form body as it comes, and fails the request (an ERROR logged
     * after the answer) on a field over 2 KB; forms are refused anyway (415), so their body is read as bytes,
     * with the Content-Type they came with kept aside ({@link #sentContentType}).
     */
    static void keepFormsUndecoded(RoutingContext rc) {
        String sent = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String type = sent == null ? "" : sent.strip().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            rc.put(SENT_CONTENT_TYPE, sent);
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
        }
        rc.next();
    }

    /** The Content-Type the client sent, that of a form included. */
    static String sentContentType(RoutingContext rc) {
        String form = rc.get(SENT_CONTENT_TYPE);
        return form != null ? form : rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
    }

    /**
     * A media type repeated ({@code application/json;charset=utf-8, application/json}), given once: Vert.x Web
     * 4.5 parses a Content-Type as one value, and {@code RequestBody.asString()}, which SmallRye's handler
     * reads, decodes the body in its charset parameter, here {@code utf-8, application/json}: an illegal
     * charset name, and a 500. Vert.x parses a request's headers once, at its first {@code parsedHeaders()}:
     * this comes before (before content negotiation).
     */
    static void sendContentTypeOnce(RoutingContext rc, String contentType) {
        rc.request().headers().set(HttpHeaders.CONTENT_TYPE, contentType);
    }

    /**
     * Quarkus's handler (3.33) turns the newlines and tabs of an {@code application/graphql} body into spaces,
     * so that a comment would swallow the rest of the document: it gets the document in a JSON request
     * instead, where newlines are escaped.
     */
    static void documentAsJson(RoutingContext rc, String document) {
        rc.request().headers().set(HttpHeaders.CONTENT_TYPE, MediaTypes.JSON);
        rc.setBody(Buffer.buffer(new JsonObject().put("query", document).encode()));
    }

    /**
     * Readies a GET request's parameters for Quarkus's handler (3.33), which reads them again: it flattens
     * newlines (a comment then swallows the rest of the document) and URL-decodes a second time (a "%" fails,
     * a "+" turns into a space), fails on a null it would parse, and takes the query itself for the
     * operationName. It gets the document to run (the one a persisted query's hash names, too) encoded
     * once more, and no operationName, so that it can run only a document's one operation: a GET naming one
     * of several is refused. False when the request has been answered instead.
     *
     * @param operation the operation named, or the document's only one; null when there is none such
     */
    static boolean prepareGet(RoutingContext rc, GraphQLRequest request, String query, Document document,
            OperationDefinition operation) {
        String operationName = request.operationName();
        if (operationName != null && !operationName.isEmpty()) {
            if (document.getDefinitionsOfType(OperationDefinition.class).size() > 1) {
                ErrorAnswers.badRequest(rc, request.mediaType(), 400,
                        "A GET request must hold only the operation to run; send several with POST");
                return false;
            }
            if (operation == null) {
                ErrorAnswers.send(rc, request.mediaType(), request.strict() ? 400 : 200, ErrorAnswers.coded(
                        ErrorCode.BAD_USER_INPUT, "Unknown operation named '" + ErrorMessages.excerpt(operationName) + "'."));
                return false;
            }
        }
        MultiMap parameters = rc.queryParams();
        parameters.remove("operationName");
        parameters.set("query", URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (String name : List.of("variables", "extensions")) {
            String value = parameters.get(name);
            if (value != null && (value.isEmpty() || value.equals("null"))) {
                parameters.remove(name);
            } else if (value != null) {
                parameters.set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return true;
    }

    /**
     * Refuses a subscription sent over HTTP: Quarkus's handler (3.33) would run it and answer with its event
     * stream object as data.
     */
    static void refuseSubscription(RoutingContext rc, GraphQLRequest request) {
        ErrorAnswers.send(rc, request.mediaType(), request.strict() ? 400 : 200, ErrorAnswers.coded(ErrorCode.BAD_REQUEST,
                "Subscriptions are served over WebSocket (graphql-transport-ws) at /graphql, not over HTTP"));
    }

    /**
     * Gives the answer the negotiated Content-Type, and 400 to a request refused before execution where the
     * client asked for {@code application/graphql-response+json} (429 with Retry-After to one refused for its
     * rate, see {@link RateLimiting}): Quarkus's handler (3.33) answers with the
     * Accept value it picked as sent (its q-value included), and 200 to a request that fails validation or
     * variable coercion.
     */
    static void adjustAnswer(RoutingContext rc, String mediaType, boolean failsBeforeExecution) {
        rc.addHeadersEndHandler(v -> {
            if (rc.response().getStatusCode() == 304) {
                return;
            }
            String contentType = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (contentType != null && !MediaTypes.is(contentType, MediaTypes.JSON)
                    && !MediaTypes.is(contentType, MediaTypes.GRAPHQL_RESPONSE_JSON)) {
                return;
            }
            rc.response().headers().set(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
            if (failsBeforeExecution && mediaType.equals(MediaTypes.GRAPHQL_RESPONSE_JSON)
                    && rc.response().getStatusCode() == 200) {
                rc.response().setStatusCode(400).setStatusMessage("Bad Request");
            }
            Long retryAfter = RateLimiting.retryAfter(rc);
            if (retryAfter != null && mediaType.equals(MediaTypes.GRAPHQL_RESPONSE_JSON)
                    && rc.response().getStatusCode() == 200) {
                rc.response().setStatusCode(429).setStatusMessage("Too Many Requests")
                        .putHeader("Retry-After", Long.toString(retryAfter));
            }
        });
    }
}
