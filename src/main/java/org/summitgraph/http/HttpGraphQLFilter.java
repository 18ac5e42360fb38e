package org.summitgraph.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitgraph.http.caching.HttpCache;
import org.summitgraph.parsing.PersistedQueries;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The routes of the HTTP side of the GraphQL over HTTP specification, checked before SmallRye executes a
 * request:
 * <ul>
 * <li>content negotiation: {@code application/graphql-response+json} when the client asks for it,
 * {@code application/json} otherwise (no Accept, wildcards), 406 when it accepts neither (see
 * {@link MediaTypes});</li>
 * <li>the request read from a POST body or GET parameters, 400 and 415 for what is none (see
 * {@link RequestReader});</li>
 * <li>a document that does not parse gets {@code GRAPHQL_PARSE_FAILED} (SmallRye gives no code);</li>
 * <li>GET runs queries only: a mutation or subscription over GET is refused with 405, and a document
 * of several operations with 400 (SmallRye cannot pick one there); subscriptions need the WebSocket,
 * and POST refuses them;</li>
 * <li>persisted queries (see {@link PersistedQueries}) and HTTP caching of GET queries (see
 * {@link HttpCache}), checked with the document in {@link DocumentChecks};</li>
 * <li>with {@code application/graphql-response+json}, errors raised before execution (parsing,
 * validation, variable coercion) answer 400, as the specification wants; with
 * {@code application/json} they stay 200.</li>
 * </ul>
 * What SmallRye's transport would get wrong is set right in {@link TransportCompensations}.
 */
@ApplicationScoped
public class HttpGraphQLFilter {

    private final DocumentChecks checks;
    private final long maxBodySize;

    HttpGraphQLFilter(DocumentChecks checks,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.checks = checks;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route("/graphql").order(-101).method(HttpMethod.POST).handler(TransportCompensations::keepFormsUndecoded);
        router.route("/graphql").order(-100).method(HttpMethod.POST).handler(BodyHandler.create().setBodyLimit(maxBodySize))
                .handler(rc -> check(rc, RequestReader.post(rc)));
        router.route("/graphql").order(-100).method(HttpMethod.GET).handler(this::get);
    }

    private void get(RoutingContext rc) {
        if (rc.request().getHeader(HttpHeaders.UPGRADE) != null) {
            // GraphQL over WebSocket (subscriptions): not this specification's business
            rc.next();
            return;
        }
        check(rc, RequestReader.get(rc));
    }

    /** @param request null when the request has been answered already */
    private void check(RoutingContext rc, GraphQLRequest request) {
        if (request != null) {
            checks.check(rc, request);
        }
    }
}
