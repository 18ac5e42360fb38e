package org.summitgraph.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "summit-graph")
public interface SummitGraphConfig {

    /** Largest {@code first} a list connection accepts. */
    @WithDefault("100")
    int maxPageSize();

    /** Whether clients may introspect the schema (and fetch it at /graphql/schema.graphql). */
    @WithDefault("true")
    boolean introspectionEnabled();
}
