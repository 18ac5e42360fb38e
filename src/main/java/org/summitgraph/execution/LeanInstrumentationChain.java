package org.summitgraph.execution;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A chain of instrumentations that calls, for each field, only those that do something for fields.
 * graphql-java's chain calls every instrumentation at every field hook, and even the "performant" base
 * class answers some of them with a context that the chain then calls back twice: with nine
 * instrumentations that only look at whole operations, that was most of the CPU spent on a large answer.
 * A field hook that no instrumentation of the chain overrides answers null (no context), which
 * graphql-java takes as nothing to call back. Data fetchers are still instrumented by the whole chain.
 */
@RegisterForReflection(targets = Instrumentation.class) // its hooks are listed by reflection, in a native image too
public final class LeanInstrumentationChain extends ChainedInstrumentation {

    private static final Set<Class<?>> DEFAULTS = Set.of(Instrumentation.class, SimplePerformantInstrumentation.class,
            SimpleInstrumentation.class);

    /** Names of the hooks that at least one instrumentation of the chain overrides. */
    private final Set<String> overriddenHooks = new HashSet<>();

    public LeanInstrumentationChain(List<Instrumentation> instrumentations) {
        super(instrumentations);
        for (Instrumentation instrumentation : instrumentations) {
            for (Method hook : Instrumentation.class.getMethods()) {
                if (overrides(instrumentation, hook)) {
                    overriddenHooks.add(hook.getName());
                }
            }
        }
    }

    private static boolean overrides(Instrumentation instrumentation, Method hook) {
        try {
            return !DEFAULTS.contains(instrumentation.getClass().getMethod(hook.getName(), hook.getParameterTypes())
                    .getDeclaringClass());
        } catch (NoSuchMethodException e) {
            return true; // not known to reflection: taken as used, so that nothing is skipped wrongly
        }
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return overriddenHooks.contains("beginExecuteObject") ? super.beginExecuteObject(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return overriddenHooks.contains("beginFieldExecution") ? super.beginFieldExecution(parameters, state) : null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return overriddenHooks.contains("beginFieldFetch") ? super.beginFieldFetch(parameters, state) : null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return overriddenHooks.contains("beginFieldFetching") || overriddenHooks.contains("beginFieldFetch")
                ? super.beginFieldFetching(parameters, state)
                : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return overriddenHooks.contains("beginFieldCompletion") ? super.beginFieldCompletion(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return overriddenHooks.contains("beginFieldListCompletion") ? super.beginFieldListCompletion(parameters, state)
                : null;
    }
}
