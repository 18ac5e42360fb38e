package org.summitgraph.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DirectResolversTest {

    @Inject
    DirectResolvers directResolvers;

    @Test
    void everyFieldOfATypeIsResolvedDirectly() {
        // a method whose arguments or annotations this cannot handle would be left to SmallRye, and cost
        // tens of microseconds per parent: none is today
        assertEquals(Set.of(), directResolvers.fallbacks(), "fields of types resolved by SmallRye");
        assertTrue(directResolvers.fields() > 50, "fields resolved directly: " + directResolvers.fields());
    }
}
