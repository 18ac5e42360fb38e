package org.summitgraph.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP caching of GET queries. The ETag is computed before execution from everything the answer
 * depends on: the request (document, variables, operation, media type, language), today's date and
 * the data version, a counter that every committed change of the data moves (see V7). A matching
 * If-None-Match is answered 304 without running the query. Only answers without errors are
 * cacheable; the others get {@code Cache-Control: no-store}. A request with an Authorization header gets
 * {@code private, no-cache} instead of the configured Cache-Control, and an ETag of its own: answers vary
 * on Authorization, so that no shared cache hands what a token allows to another client.
 */
@ApplicationScoped
public class HttpCache {

    private static final Logger LOG = Logger.getLogger(HttpCache.class);
    private static final String ERRORS = HttpCache.class.getName() + ".errors";
    /** Cache-Control of answers to requests with credentials: only the client's own cache, revalidated each time. */
    static final String PRIVATE = "private, no-cache";

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final SummitGraphConfig config;
    private final CurrentVertxRequest currentRequest;
    private final DatabaseOutageGuard outageGuard;
    private final String applicationVersion;

    HttpCache(AgroalDataSource dataSource, Clock clock, SummitGraphConfig config, CurrentVertxRequest currentRequest,
            DatabaseOutageGuard outageGuard,
            @ConfigProperty(name = "quarkus.application.version") String applicationVersion) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.currentRequest = currentRequest;
        this.outageGuard = outageGuard;
        this.applicationVersion = applicationVersion;
    }

    /** Answers 304 when the client's copy is current, else lets the query run and tags its answer. */
    void handle(RoutingContext rc, String mediaType, String query, String operationName, Map<String, Object> variables) {
        if (outageGuard.open()) {
            // the query will be refused at once; asking the database for its version would only wait on it
            rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
            rc.next();
            return;
        }
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        // an answer to a request with credentials may hold what only they allow (the change log): no shared cache keeps it
        String cacheControl = authorization == null ? config.httpCache().cacheControl() : PRIVATE;
        rc.vertx().executeBlocking(this::dataVersion, false).onComplete(version -> {
            rc.response().headers().add(HttpHeaders.VARY, "Accept, Authorization");
            if (version.failed()) {
                // the query will meet the same fault and say so; its answer is simply not cacheable
                LOG.debugf(version.cause(), "No data version: the answer is not cacheable");
                rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                rc.next();
                return;
            }
            String etag = etag(version.result(), mediaType, rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                    authorization, query, operationName, variables);
            if (matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                rc.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, etag)
                        .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl).end();
                return;
            }
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() == 200 && !Boolean.TRUE.equals(rc.get(ERRORS))) {
                    rc.response().headers().set(HttpHeaders.ETAG, etag)
                            .set(HttpHeaders.CACHE_CONTROL, cacheControl);
                } else {
                    rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
            rc.next();
        });
    }

    /** Notes that the current request's answer holds errors, so that it is not cached. */
    void answerHasErrors() {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        RoutingContext rc = currentRequest.getCurrent();
        if (rc != null) {
            rc.put(ERRORS, Boolean.TRUE);
        }
    }

    private long dataVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("select version from data_version")) {
            version.next();
            return version.getLong(1);
        }
    }

    private String etag(long dataVersion, String mediaType, String acceptLanguage, String authorization, String query,
            String operationName, Map<String, Object> variables) {
        String language = RequestLanguage.fromAcceptLanguage(acceptLanguage).name().toLowerCase(Locale.ROOT);
        String key = String.join("\n", applicationVersion, Long.toString(dataVersion), LocalDate.now(clock).toString(),
                mediaType, language, authorization == null ? "" : authorization, operationName == null ? "" : operationName,
                variables == null ? "{}" : new JsonObject(variables).encode(), query);
        // weak: the same data, not necessarily the same bytes (JSON formatting is SmallRye's)
        return "W/\"" + PersistedQueries.sha256(key).substring(0, 32) + "\"";
    }

    /** If-None-Match with the weak comparison RFC 9110 asks for. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
