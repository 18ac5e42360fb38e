package org.summitgraph.schema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The schema of a build with federation off ({@code quarkus.smallrye-graphql.federation.enabled=false}), committed in
 * src/test/resources/schema-without-federation.graphql: the API without {@code _service}, {@code _entities} and the
 * federation directives and types.
 */
@QuarkusTest
@TestProfile(SchemaWithoutFederationSnapshotTest.WithoutFederation.class)
class SchemaWithoutFederationSnapshotTest {

    /** A build with federation off. */
    public static class WithoutFederation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.federation.enabled", "false");
        }
    }

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        SchemaSnapshotTest.assertServedSchemaIs(Path.of("src/test/resources/schema-without-federation.graphql"),
                Path.of("target/served-schema-without-federation.graphql"));
    }
}
