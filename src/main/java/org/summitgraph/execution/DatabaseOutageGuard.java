package org.summitgraph.execution;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.error.GraphQLErrors;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;

/**
 * Fails operations at once with {@code SERVICE_UNAVAILABLE} while the database is known to be
 * unreachable. Without it, each operation would wait for the connection pool to try a connection,
 * wait up to a second, and try again (Agroal's behaviour): seconds per operation, during which
 * worker threads pile up.
 *
 * <p>An operation failing because the database cannot be reached opens the guard. Operations are
 * then refused for {@link #RETRY_AFTER}; the first one after that goes through as a probe (and the
 * next ones are refused for another {@link #RETRY_AFTER}): its success closes the guard, its failure
 * keeps it open. A probe that never reports back only delays the next probe.
 */
@ApplicationScoped
public class DatabaseOutageGuard extends SimplePerformantInstrumentation {

    /** How long operations are refused before one probes the database again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final long CLOSED = Long.MIN_VALUE;

    private enum Role {
        PASS, PROBE, REFUSE
    }

    /** An operation's role, decided when it starts. */
    private record Admission(Role role) implements InstrumentationState {
    }

    /** When the guard was opened or last let a probe through, in ticks of {@link #ticker}; CLOSED when it is closed. */
    private final AtomicLong openedAt = new AtomicLong(CLOSED);
    /** Nanoseconds from an arbitrary origin (System.nanoTime); tests move their own. */
    private final LongSupplier ticker;

    public DatabaseOutageGuard() {
        this(System::nanoTime);
    }

    DatabaseOutageGuard(LongSupplier ticker) {
        this.ticker = ticker;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Admission(admit()));
    }

    /** Whether the database is known to be unreachable, so that nothing else need wait on it. */
    public boolean open() {
        return openedAt.get() != CLOSED;
    }

    /** Opens the guard: the database was found unreachable outside an operation (the HTTP cache's version read). */
    public void unreachable() {
        openedAt.set(ticker.getAsLong());
    }

    private Role admit() {
        long opened = openedAt.get();
        if (opened == CLOSED) {
            return Role.PASS;
        }
        long now = ticker.getAsLong();
        if (now - opened < RETRY_AFTER.toNanos()) {
            return Role.REFUSE;
        }
        return openedAt.compareAndSet(opened, now) ? Role.PROBE : Role.REFUSE;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || parameters.getExecutionContext().getOperationDefinition()
                .getOperation() == OperationDefinition.Operation.SUBSCRIPTION
                || !(state instanceof Admission admission && admission.role() == Role.REFUSE)) {
            return fetcher;
        }
        return env -> {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, GraphQLErrors.UNAVAILABLE_MESSAGE);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        boolean unreachable = result.getErrors().stream().anyMatch(e -> e instanceof ExceptionWhileDataFetching fetching
                && GraphQLErrors.databaseUnreachable(fetching.getException()));
        if (unreachable) {
            unreachable();
        } else if (state instanceof Admission admission && admission.role() == Role.PROBE) {
            openedAt.set(CLOSED);
        }
        return CompletableFuture.completedFuture(result);
    }
}
