package org.summitgraph.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.GraphQLErrors;
import org.summitgraph.limits.Clients;
import org.summitgraph.limits.CostBudget;
import org.summitgraph.limits.QueryLimits;
import org.summitgraph.parsing.DocumentCache;
import org.summitgraph.parsing.PersistedQueries;
import org.summitgraph.schema.SchemaDirectives;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.quarkus.arc.ClientProxy;

/**
 * The execution pipeline, in the order its stages see an operation: the limits, the safelist, the
 * schema's directives, the database outage guard, error mapping, then those who want the final result.
 * Each stage keeps what it knows of one operation in its own {@link InstrumentationState}.
 */
@ApplicationScoped
public class Pipeline {

    @Inject SummitGraphConfig config;
    @Inject PersistedQueries persistedQueries;
    @Inject DatabaseOutageGuard outageGuard;
    @Inject GraphQLErrors errors;
    @Inject DocumentCache documentCache;
    @Inject Instance<ExecutionObserver> observers;
    @Inject CostBudget budget;
    @Inject Clients clients;

    void assemble(@Observes GraphQL.Builder builder) {
        // SmallRye's own chain only holds its query cache, which parses and validates a new document
        // twice: DocumentCache replaces it. SmallRye still asks that cache for the document of every
        // operation (to learn its type), and the cache keeps a document only once it has seen it
        // validated: it stays in the chain for that, or SmallRye would parse every request again.
        PreparsedDocumentProvider smallRyeCache = builder.build().getPreparsedDocumentProvider();
        // the limits come first: their errors already carry their code when error mapping sees them
        List<Instrumentation> stages = new ArrayList<>(QueryLimits.instrumentations(config.limits(), budget, clients));
        stages.add(persistedQueries.instrumentation());
        stages.add(SchemaDirectives.instrumentation());
        // the guard sees the database's failures before error mapping replaces them by their codes;
        // the bean itself, not its client proxy: the chain calls it several times for every field
        stages.add(ClientProxy.unwrap(outageGuard));
        stages.add(errors.instrumentation());
        stages.add(new Observers(observers.stream().toList()));
        if (smallRyeCache instanceof Instrumentation validatedDocuments) {
            // a SimpleInstrumentation: the lean chain leaves out its field hooks, which do nothing
            stages.add(validatedDocuments);
        }
        builder.instrumentation(new LeanInstrumentationChain(stages)).preparsedDocumentProvider(documentCache);
    }

    /** Hands the final result, errors mapped, to every {@link ExecutionObserver}. */
    private static final class Observers extends SimplePerformantInstrumentation {
        private final List<ExecutionObserver> observers;

        Observers(List<ExecutionObserver> observers) {
            this.observers = observers;
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            for (ExecutionObserver observer : observers) {
                observer.finished(result, parameters.getGraphQLContext());
            }
            return CompletableFuture.completedFuture(result);
        }
    }
}
