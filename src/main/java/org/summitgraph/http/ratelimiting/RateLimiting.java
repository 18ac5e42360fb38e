package org.summitgraph.http.ratelimiting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.summitgraph.execution.ExecutionObserver;
import org.summitgraph.limits.Clients;
import org.summitgraph.limits.CostBudget;
import org.summitgraph.limits.QueryLimits;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP side of the rate limit ({@link CostBudget}): who the client of a request is, and the status of
 * a refusal. The client is the subject of the bearer token when its signature verifies, else the remote
 * address, the one the proxy forwarded when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on. An operation refused RATE_LIMITED is answered
 * 429 with {@code Retry-After} under {@code application/graphql-response+json} (see
 * {@code TransportCompensations.adjustAnswer}), 200 under {@code application/json} as every GraphQL error.
 */
@ApplicationScoped
public class RateLimiting implements Clients, ExecutionObserver {

    /**
     * Where the client's address is noted on its request as soon as it comes in: the kept answers
     * ({@code HttpCache}) are charged before the operation would run.
     */
    private static final String CLIENT = RateLimiting.class.getName() + ".address";
    /** Where the seconds to wait are noted when the request's operation is refused. */
    private static final String RETRY_AFTER = RateLimiting.class.getName() + ".retryAfter";

    private static final Logger LOG = Logger.getLogger(RateLimiting.class);
    private static final String BEARER = "Bearer ";

    private final CurrentVertxRequest currentRequest;
    private final Instance<JWTParser> parser;

    RateLimiting(CurrentVertxRequest currentRequest, Instance<JWTParser> parser) {
        this.currentRequest = currentRequest;
        this.parser = parser;
    }

    /** Notes the client's address first of all (order -102), for the kept answers. */
    void register(@Observes Router router) {
        router.route("/graphql").order(-102).handler(this::noteAddress);
    }

    private void noteAddress(RoutingContext rc) {
        // operations over a socket are limited per socket
        if (!"websocket".equalsIgnoreCase(rc.request().getHeader(HttpHeaders.UPGRADE))) {
            rc.put(CLIENT, address(rc));
        }
        rc.next();
    }

    private static String subject(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    @Override
    public String current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext rc = currentRequest.getCurrent();
        String address = rc == null ? null : rc.get(CLIENT);
        if (address == null) {
            return null;
        }
        String subject = rc.user() instanceof QuarkusHttpUser user ? subject(user.getSecurityIdentity()) : verifiedSubject(rc);
        return subject != null ? "subject " + subject : address;
    }

    /**
     * The subject of the request's bearer token if its signature verifies. Authentication is lazy: a query does
     * not resolve its identity, and ignores a token that does not verify, so the token is read here.
     */
    private String verifiedSubject(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !parser.isResolvable()) {
            return null;
        }
        try {
            return parser.get().parse(authorization.substring(BEARER.length()).strip()).getSubject();
        } catch (ParseException | RuntimeException e) {
            LOG.debugf("A token that does not verify: the client is its address (%s)", e.getMessage());
            return null;
        }
    }

    private static String address(RoutingContext rc) {
        return "address " + (rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host());
    }

    /** The client noted on the request (its address); null for a WebSocket's, which is limited per socket. */
    public static String notedClient(RoutingContext rc) {
        return rc.get(CLIENT);
    }

    /** Notes the seconds to wait of an operation refused RATE_LIMITED, for its answer's status and headers. */
    @Override
    public void finished(ExecutionResult result, GraphQLContext context) {
        CostBudget.Charge charge = QueryLimits.charge(context);
        if (charge == null || charge.granted() || !Arc.container().requestContext().isActive()) {
            return;
        }
        RoutingContext rc = currentRequest.getCurrent();
        if (rc != null) {
            rc.put(RETRY_AFTER, charge.retryAfterSeconds());
        }
    }

    /** The seconds the client of a refused operation should wait; null when it was not refused for its rate. */
    public static Long retryAfter(RoutingContext rc) {
        return rc.get(RETRY_AFTER);
    }
}
