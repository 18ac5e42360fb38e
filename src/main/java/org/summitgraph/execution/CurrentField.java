package org.summitgraph.execution;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * The field being resolved on this thread, for code a resolver calls (its language, its batches):
 * the one {@link DirectResolvers} is invoking, else the one SmallRye is (root operations).
 */
@Singleton
public class CurrentField {

    private static final ThreadLocal<DataFetchingEnvironment> DIRECT = new ThreadLocal<>();

    @Inject Context smallRye;

    /** Only on the thread that resolves the field, before any work is handed to another thread. */
    public DataFetchingEnvironment environment() {
        DataFetchingEnvironment direct = DIRECT.get();
        return direct != null ? direct : smallRye.unwrap(DataFetchingEnvironment.class);
    }

    static DataFetchingEnvironment enter(DataFetchingEnvironment env) {
        DataFetchingEnvironment outer = DIRECT.get();
        DIRECT.set(env);
        return outer;
    }

    static void leave(DataFetchingEnvironment outer) {
        if (outer == null) {
            DIRECT.remove();
        } else {
            DIRECT.set(outer);
        }
    }
}
