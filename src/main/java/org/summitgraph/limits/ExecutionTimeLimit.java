package org.summitgraph.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;

/**
 * Stops resolving a query or mutation once it has run longer than {@code summit-graph.limits.timeout}:
 * every field fetched after that fails with {@code TIMEOUT} (reported once). A statement already
 * running is cancelled by PostgreSQL's statement_timeout, set to the same duration. Subscriptions
 * live long by design and are not limited.
 */
final class ExecutionTimeLimit extends SimplePerformantInstrumentation {

    /** When the operation started, in System.nanoTime. */
    private record Started(long nanos) implements InstrumentationState {
    }

    private final long timeoutNanos;

    ExecutionTimeLimit(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Started(System.nanoTime()));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || parameters.getExecutionContext().getOperationDefinition()
                .getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return fetcher;
        }
        if (!(state instanceof Started started)) {
            return fetcher;
        }
        return env -> {
            if (System.nanoTime() - started.nanos() > timeoutNanos) {
                throw new Exceeded();
            }
            return fetcher.get(env);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = new ArrayList<>();
        boolean reported = false;
        for (GraphQLError error : result.getErrors()) {
            boolean timeout = error instanceof ExceptionWhileDataFetching fetching
                    && fetching.getException() instanceof Exceeded;
            if (!timeout || !reported) {
                errors.add(error);
            }
            reported |= timeout;
        }
        if (errors.size() == result.getErrors().size()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    /** The operation ran out of time before this field. */
    static final class Exceeded extends ApiException {
        Exceeded() {
            super(ErrorCode.TIMEOUT, "The operation took too long and was stopped; ask for less data");
        }
    }
}
