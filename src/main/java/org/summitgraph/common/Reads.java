package org.summitgraph.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Database reads of query resolvers, run on the worker pool side by side. A resolver that returns a
 * plain value is handed by Quarkus 3.33 to its event loop's ordered executeBlocking queue, where every
 * field of every request on that event loop waits for the one before (quarkusio/quarkus#54361); one
 * that returns a CompletionStage is called on the resolving thread and is not queued. Whatever the
 * read needs (arguments, the request language) is computed before, on the resolving thread, where
 * SmallRye's context is current.
 */
public final class Reads {

    private Reads() {
    }

    /** {@code read} applied to {@code argument} (evaluated by the caller) on the worker pool. */
    public static <A, V> CompletionStage<V> of(A argument, Function<A, V> read) {
        return async(() -> read.apply(argument));
    }

    /** {@code read} on the worker pool. */
    public static <V> CompletionStage<V> async(Supplier<V> read) {
        return CompletableFuture.supplyAsync(read, Infrastructure.getDefaultWorkerPool());
    }
}
