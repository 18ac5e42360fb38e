package org.summitgraph.http.graphiql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.summitgraph.config.SummitGraphConfig;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphiQL at {@value #PAGE}: the page and its scripts are static resources (META-INF/resources/graphiql), GraphiQL
 * and React come from mvnpm jars under /_static/. This turns all of it on or off (404), leads /graphiql and the old
 * /q/graphql-ui/ to the page, and tells the page what this server allows ({@value #SETTINGS}).
 */
@ApplicationScoped
public class GraphiQLPage {

    static final String PAGE = "/graphiql/";
    static final String SETTINGS = PAGE + "settings.json";
    /** The page loads nothing but this server's files, runs no inline script, and talks to this server only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            // GraphiQL's editors and menus set styles inline
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    @Inject SummitGraphConfig config;

    void register(@Observes Router router) {
        // before Quarkus's static resources and SmallRye's own GraphiQL (switched off, but included in dev and tests)
        router.routeWithRegex("/(graphiql|_static|q/graphql-ui)(/.*)?").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .order(-100).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        if (!config.graphiqlEnabled()) {
            rc.response().setStatusCode(404).end();
            return;
        }
        String path = rc.normalizedPath();
        if (path.equals("/graphiql") || path.startsWith("/q/graphql-ui")) {
            rc.redirect(PAGE);
            return;
        }
        if (path.equals(SETTINGS)) {
            JsonObject settings = new JsonObject()
                    .put("introspection", config.introspectionEnabled())
                    .put("safelist", config.safelist().enabled());
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(settings.encode());
            return;
        }
        if (path.startsWith(PAGE)) {
            rc.response().putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            // the page's own files change with the application: revalidated, not kept for a day as static resources are
            rc.addHeadersEndHandler(v -> rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-cache"));
        }
        rc.next();
    }
}
