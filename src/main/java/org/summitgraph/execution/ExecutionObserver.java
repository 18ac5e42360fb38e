package org.summitgraph.execution;

import graphql.ExecutionResult;
import graphql.GraphQLContext;

/**
 * Told of every operation's final result, its errors coded and worded: the last stage of the
 * {@link Pipeline}. A CDI bean implementing it is found by the pipeline, so that layers above
 * execution (the HTTP cache) learn the outcome without execution knowing them.
 */
public interface ExecutionObserver {

    /**
     * Called on the thread that completes the operation, within its request.
     *
     * @param context the operation's context: what its stages and resolvers noted, such as {@link AnswerVaries}
     */
    void finished(ExecutionResult result, GraphQLContext context);
}
