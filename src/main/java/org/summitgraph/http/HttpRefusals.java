package org.summitgraph.http;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitgraph.error.ErrorCode;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL-shaped answers ({@code {"errors":[{"message":…,"extensions":{"code":…}}]}}, in the negotiated
 * media type) for what Quarkus and Vert.x refuse at {@code /graphql} before GraphQL runs, which they
 * would answer with an empty body or an HTML page: a method other than GET, POST and OPTIONS (405
 * {@code METHOD_NOT_ALLOWED}), a body over the size limit (413 {@code REQUEST_TOO_LARGE}), and a
 * bearer token that does not verify (401 {@code UNAUTHENTICATED}). A request line or headers too long
 * to parse never reach a route: {@link MalformedHttpRequests} answers those.
 */
@ApplicationScoped
public class HttpRefusals {

    private static final String ALLOWED = "GET, POST, OPTIONS";
    /** How long, and how much of a refused body, is read before its connection is closed anyway. */
    private static final long LINGER_MILLIS = 2_000;
    private static final long LINGER_BYTES = 4L << 20;

    private final long maxBodySize;

    HttpRefusals(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        // Quarkus's filters are routes ordered by minus their priority: after CORS (-300), before
        // authentication (-200), WebSocketLimits and ContentLanguage (-200) and HttpGraphQLFilter (-100)
        router.route("/graphql").order(-250).handler(this::check).failureHandler(this::failed);
        // after authentication, which sets the handler of authentication failures
        router.route("/graphql").order(-150).handler(this::answerAuthenticationFailures);
    }

    private void check(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method == HttpMethod.HEAD) {
            rc.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, ALLOWED).end();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST && method != HttpMethod.OPTIONS) {
            // SmallRye answers OPTIONS (CORS preflights never get here: the CORS filter answers them)
            rc.response().putHeader(HttpHeaders.ALLOW, ALLOWED);
            answer(rc, 405, ErrorCode.METHOD_NOT_ALLOWED, "Only GET and POST are served at /graphql");
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredTooLarge(length)) {
            tooLarge(rc);
            return;
        }
        rc.next();
    }

    /** Quarkus would answer a token that does not verify with an empty 401. */
    private void answerAuthenticationFailures(RoutingContext rc) {
        BiConsumer<RoutingContext, Throwable> quarkus = rc.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (ctx, failure) -> {
            if (authenticationFailed(failure) && !ctx.response().headWritten()) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                answer(ctx, 401, ErrorCode.UNAUTHENTICATED, "The bearer token is not valid (malformed, expired, or not "
                        + "issued for this service): send a valid token, or none for queries");
            } else if (quarkus != null) {
                quarkus.accept(ctx, failure);
            } else {
                ctx.fail(failure);
            }
        });
        rc.next();
    }

    /** The body handler of HttpGraphQLFilter fails with 413 on a body that grows past the limit (chunked). */
    private void failed(RoutingContext rc) {
        if (rc.statusCode() == 413 && !rc.response().headWritten()) {
            tooLarge(rc);
        } else {
            rc.next();
        }
    }

    private boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private void tooLarge(RoutingContext rc) {
        if (rc.request().version() != HttpVersion.HTTP_2) {
            // the rest of the body may still be on its way: it must not be read as the next request
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            closeAfterTheBody(rc);
        }
        answer(rc, 413, ErrorCode.REQUEST_TOO_LARGE,
                "The request body is larger than " + maxBodySize + " bytes, the most allowed");
    }

    /**
     * Closes the connection once the client has sent its body, dropping what it sends, for at most
     * {@link #LINGER_MILLIS} and {@link #LINGER_BYTES}: closed while the client still sends, the
     * connection is reset and the client may lose the answer before reading it.
     */
    private static void closeAfterTheBody(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.isEnded()) {
            rc.response().endHandler(v -> request.connection().close());
            return;
        }
        long timer = rc.vertx().setTimer(LINGER_MILLIS, t -> request.connection().close());
        long[] dropped = {0};
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] > LINGER_BYTES) {
                request.connection().close();
            }
        });
        request.endHandler(v -> {
            rc.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }

    private static boolean authenticationFailed(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof AuthenticationFailedException) {
                return true;
            }
        }
        return false;
    }

    /** An error in the media type the client accepts ({@code application/json} when it accepts neither). */
    public static void answer(RoutingContext rc, int status, ErrorCode code, String message) {
        String mediaType = MediaTypes.negotiate(rc);
        ErrorAnswers.send(rc, mediaType == null ? MediaTypes.JSON : mediaType, status, ErrorAnswers.coded(code, message));
    }
}
