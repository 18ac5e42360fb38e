package org.summitgraph.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.introspection.Introspection;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;

/** Turns schema introspection, and the schema file that reveals the same, on or off. */
@ApplicationScoped
public class IntrospectionSwitch {

    private final SummitGraphConfig config;

    IntrospectionSwitch(SummitGraphConfig config) {
        this.config = config;
    }

    void apply(@Observes StartupEvent event) {
        Introspection.enabledJvmWide(config.introspectionEnabled());
    }

    void guardSchemaFile(@Observes Router router) {
        router.get("/graphql/schema.graphql").order(-100).handler(rc -> {
            if (config.introspectionEnabled()) {
                rc.next();
            } else {
                rc.response().setStatusCode(404).end();
            }
        });
    }
}
