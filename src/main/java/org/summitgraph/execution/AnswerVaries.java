package org.summitgraph.execution;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/**
 * Marks an operation whose answer would differ if the same request came again with the same data (the
 * client's remaining budget, {@code rateLimit}): it is neither kept nor tagged for HTTP caches.
 */
public final class AnswerVaries {

    private AnswerVaries() {
    }

    /** Marks the operation of the field being resolved. */
    public static void mark(DataFetchingEnvironment env) {
        env.getGraphQlContext().put(AnswerVaries.class, Boolean.TRUE);
    }

    /** Whether a field of the operation marked its answer. */
    public static boolean marked(GraphQLContext context) {
        return Boolean.TRUE.equals(context.get(AnswerVaries.class));
    }
}
