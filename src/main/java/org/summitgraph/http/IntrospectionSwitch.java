package org.summitgraph.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.schema.SchemaDirectives;

import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/** Turns schema introspection, and the schema file that reveals the same, on or off; serves the file. */
@ApplicationScoped
public class IntrospectionSwitch {

    @Inject SummitGraphConfig config;
    @Inject Instance<GraphQLSchema> schema;
    /** Printed at the first request: the schema is complete only once SmallRye has built it. */
    private volatile String sdl;

    void apply(@Observes StartupEvent event) {
        Introspection.enabledJvmWide(config.introspectionEnabled());
    }

    /** The schema file, printed as introspection shows the schema (see {@link SchemaDirectives}); 404 when introspection is off. */
    void serveSchemaFile(@Observes Router router) {
        router.get("/graphql/schema.graphql").order(-100).handler(rc -> {
            if (!config.introspectionEnabled()) {
                rc.response().setStatusCode(404).end();
                return;
            }
            if (sdl == null) {
                sdl = SchemaDirectives.sdl(schema.get());
            }
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(sdl);
        });
    }
}
