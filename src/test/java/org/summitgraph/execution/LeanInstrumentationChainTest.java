package org.summitgraph.execution;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;

/** Field hooks reach the chain's instrumentations only when one of them does something there. */
class LeanInstrumentationChainTest {

    private static final class CompletionWatcher extends SimplePerformantInstrumentation {
        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                InstrumentationState state) {
            return SimpleInstrumentationContext.noOp();
        }
    }

    @Test
    void aFieldHookNoInstrumentationOverridesGivesNoContext() {
        LeanInstrumentationChain chain = new LeanInstrumentationChain(
                List.of(new SimplePerformantInstrumentation(), new SimplePerformantInstrumentation()));
        // graphql-java's own chain gives a context here, which it then calls back for every field
        assertNull(chain.beginFieldExecution(null, null));
        assertNull(chain.beginFieldFetching(null, null));
        assertNull(chain.beginFieldCompletion(null, null));
        assertNull(chain.beginExecuteObject(null, null));
    }

    @Test
    void aFieldHookOneInstrumentationOverridesIsChained() {
        LeanInstrumentationChain chain = new LeanInstrumentationChain(
                List.of(new SimplePerformantInstrumentation(), new CompletionWatcher()));
        InstrumentationState state = chain.createStateAsync(null).join();
        assertNotNull(chain.beginFieldCompletion(null, state));
        assertNull(chain.beginFieldListCompletion(null, state));
    }
}
