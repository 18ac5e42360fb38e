package org.summitgraph.execution;

import org.summitgraph.parsing.DocumentCache;
import org.summitgraph.schema.StrictScalars;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Fires SmallRye's start-up events (the schema builder, each operation, the GraphQL builder) as CDI
 * events, which the application observes to shape its schema and execution. SmallRye's own CDI events
 * ({@code quarkus.smallrye-graphql.events.enabled}) also fire three events for every field fetched,
 * each resolving its observers anew: they are off, and this service, always on (no configuration key),
 * fires only these.
 */
public class BootstrapEvents implements EventingService {

    /**
     * SmallRye loads this service before it builds the schema's types and creates its execution: its scalar
     * registry is made strict first, and its document cache sized.
     */
    public BootstrapEvents() {
        StrictScalars.register();
        DocumentCache.sizeSmallRyeCache();
    }

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        fire(builder);
        return builder;
    }

    @Override
    public Operation createOperation(Operation operation) {
        fire(operation);
        return operation;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        fire(builder);
        return builder;
    }

    private static void fire(Object event) {
        Arc.container().beanManager().getEvent().fire(event);
    }
}
