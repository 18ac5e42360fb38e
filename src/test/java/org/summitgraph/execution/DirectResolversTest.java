package org.summitgraph.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DirectResolversTest {

    @Inject DirectResolvers directResolvers;

    @Test
    void everyQueryFieldButTheGuardedOneIsResolvedDirectly() {
        // a method whose arguments or annotations this cannot handle is left to SmallRye, and costs tens of
        // microseconds per parent: only the change log, whose @RolesAllowed SmallRye and Quarkus enforce
        assertEquals(Set.of("Query.changes"), directResolvers.fallbacks(), "query fields resolved by SmallRye");
        assertTrue(directResolvers.fields() > 50, "fields resolved directly: " + directResolvers.fields());
    }
}
