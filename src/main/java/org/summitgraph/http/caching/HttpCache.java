package org.summitgraph.http.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.GraphQLErrors;
import org.summitgraph.execution.AnswerVaries;
import org.summitgraph.execution.DatabaseOutageGuard;
import org.summitgraph.execution.ExecutionObserver;
import org.summitgraph.http.ratelimiting.RateLimiting;
import org.summitgraph.i18n.RequestLanguage;
import org.summitgraph.limits.CostBudget;
import org.summitgraph.limits.QueryLimits;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.introspection.Introspection;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Caching of query answers. Everything an answer depends on is known before execution: the request
 * (document, variables, operation, media type, language), whether introspection is on, today's date and the
 * data version, a counter that every committed change of the data moves (see V7). From it come the ETag of
 * a GET query's answer,
 * and the key of the answers kept in memory ({@link AnswerCache}) for GET and POST queries without
 * credentials. A matching If-None-Match is answered 304, and a kept answer is sent, without running the
 * query. Only answers without errors are cacheable or kept; the others get {@code Cache-Control: no-store}
 * over GET. A request with an Authorization header gets {@code private, no-cache} instead of the
 * configured Cache-Control, and an ETag of its own: answers vary on Authorization, so that no shared cache
 * hands what a token allows to another client; its answers are never kept. A kept answer is charged to its
 * client's rate limit ({@link CostBudget}) as its operation would be; an answer holding the client's budget
 * ({@link AnswerVaries}) is neither tagged nor kept. Documents served beside GraphQL (the calendar feeds) get
 * their ETags from the same data version ({@link #tag}).
 */
@ApplicationScoped
public class HttpCache implements ExecutionObserver {

    private static final Logger LOG = Logger.getLogger(HttpCache.class);
    /** Where a request's {@link Answer} is attached to it. */
    private static final String ANSWER = Answer.class.getName();
    /** Cache-Control of answers to requests with credentials: only the client's own cache, revalidated each time. */
    static final String PRIVATE = "private, no-cache";

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final SummitGraphConfig config;
    private final CurrentVertxRequest currentRequest;
    private final DatabaseOutageGuard outageGuard;
    private final AnswerCache answers;
    private final String applicationVersion;
    private final CostBudget budget;

    HttpCache(AgroalDataSource dataSource, Clock clock, SummitGraphConfig config, CurrentVertxRequest currentRequest,
            DatabaseOutageGuard outageGuard, AnswerCache answers,
            @ConfigProperty(name = "quarkus.application.version") String applicationVersion, CostBudget budget) {
        this.budget = budget;
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.currentRequest = currentRequest;
        this.outageGuard = outageGuard;
        this.answers = answers;
        this.applicationVersion = applicationVersion;
    }

    /**
     * Answers a query with 304 when the client's copy is current (over GET), or with the answer kept for
     * it; else lets it run, tags its answer (over GET) and keeps it.
     */
    public void handle(RoutingContext rc, String mediaType, String query, String operationName, Map<String, Object> variables,
            boolean overGet) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (!overGet && (authorization != null || !answers.enabled())) {
            // nothing to tag, and nothing to keep
            rc.next();
            return;
        }
        if (outageGuard.open()) {
            // the query will be refused at once; asking the database for its version would only wait on it
            if (overGet) {
                rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            rc.next();
            return;
        }
        // an answer to a request with credentials may hold what only they allow (the change log): no shared cache keeps it
        String cacheControl = authorization == null ? config.httpCache().cacheControl() : PRIVATE;
        rc.vertx().executeBlocking(this::dataVersion, false).onComplete(version -> {
            if (overGet) {
                rc.response().headers().add(HttpHeaders.VARY, "Accept, Authorization");
            }
            if (version.failed()) {
                // the query will meet the same fault and say so; its answer is simply not cacheable
                LOG.debugf(version.cause(), "No data version: the answer is not cacheable");
                if (GraphQLErrors.databaseUnreachable(version.cause())) {
                    // the query is then refused at once rather than wait on the database a second time
                    outageGuard.unreachable();
                }
                if (overGet) {
                    rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
                rc.next();
                return;
            }
            Answer answer = new Answer();
            rc.put(ANSWER, answer);
            String key = key(version.result(), mediaType, rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                    authorization, query, operationName, variables);
            if (overGet) {
                String etag = weak(key);
                if (matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                    rc.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, etag)
                            .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl).end();
                    return;
                }
                rc.addHeadersEndHandler(v -> {
                    if (rc.response().getStatusCode() == 200 && !answer.errors) {
                        rc.response().headers().set(HttpHeaders.ETAG, etag)
                                .set(HttpHeaders.CACHE_CONTROL, cacheControl);
                    } else {
                        rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                    }
                });
            }
            if (authorization == null && answers.enabled()) {
                AnswerCache.Kept kept = answers.find(key, version.result());
                // a kept answer costs its client what running it would; one it cannot afford runs, to be refused
                String client = RateLimiting.notedClient(rc);
                if (kept != null && (client == null || budget.charge(client, kept.cost()).granted())) {
                    rc.response().setStatusCode(200).end(Buffer.buffer(kept.bytes()));
                    return;
                }
                answer.keep = new Kept(key, version.result());
            }
            rc.next();
        });
    }

    /**
     * What the cache knows of one request's answer: whether it holds errors or varies (then it is neither
     * tagged nor kept), and where to keep it when it can be kept. Written on the thread that completes the operation,
     * read where the response's headers are written.
     */
    private static final class Answer {
        /** Errors, or an answer that varies: not to be tagged nor kept. */
        private volatile boolean errors;
        private volatile Kept keep;
    }

    /** The key of an answer that can be kept, and the data version the query read. */
    private record Kept(String key, long dataVersion) {
    }

    /**
     * Notes whether the current request's answer holds errors or varies (see {@link AnswerVaries}), and keeps it
     * when it can be kept.
     */
    @Override
    public void finished(ExecutionResult result, GraphQLContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return; // an operation over a WebSocket: no HTTP answer to tag or keep
        }
        RoutingContext rc = currentRequest.getCurrent();
        Answer answer = rc == null ? null : rc.get(ANSWER);
        if (answer == null) {
            return;
        }
        if (!result.getErrors().isEmpty() || AnswerVaries.marked(context)) {
            answer.errors = true;
            return;
        }
        Kept keep = answer.keep;
        if (keep != null && answers.enabled()) {
            // the bytes SmallRye writes for the same result: its answer, with the cost extension and none of SmallRye's
            answers.keep(keep.key(), keep.dataVersion(),
                    new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8),
                    QueryLimits.requested(context));
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

    /**
     * The weak ETag of a document served beside GraphQL (see {@code http.feeds}), named by {@code parts}: it
     * changes with the data version and the day as a query's does. Blocks on the database: for a worker thread.
     */
    public String tag(String... parts) throws SQLException {
        return weak(digest(dataVersion(), parts));
    }

    /** The key of a query's answer: everything it depends on. */
    private String key(long dataVersion, String mediaType, String acceptLanguage, String authorization, String query,
            String operationName, Map<String, Object> variables) {
        String language = RequestLanguage.fromAcceptLanguage(acceptLanguage).name().toLowerCase(Locale.ROOT);
        return digest(dataVersion, Introspection.isEnabledJvmWide() ? "introspection" : "", mediaType, language,
                authorization == null ? "" : authorization, operationName == null ? "" : operationName,
                variables == null ? "{}" : new JsonObject(variables).encode(), query);
    }

    /** The SHA-256 of the application's version, the data version, today's date and the parts, each ended by a line feed. */
    private String digest(long dataVersion, String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        for (String part : Stream.concat(Stream.of(applicationVersion, Long.toString(dataVersion),
                LocalDate.now(clock).toString()), Stream.of(parts)).toList()) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Weak: the same data, not necessarily the same bytes. */
    private static String weak(String key) {
        return "W/\"" + key.substring(0, 32) + "\"";
    }

    /** If-None-Match with the weak comparison RFC 9110 asks for. */
    public static boolean matches(String ifNoneMatch, String etag) {
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
