package org.summitgraph.parsing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With automatic persisted queries off, a hash is refused as Apollo clients expect, and queries still run. */
@QuarkusTest
@TestProfile(PersistedQueriesOffTest.Off.class)
class PersistedQueriesOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit-graph.persisted-queries.enabled", "false");
        }
    }

    @Test
    void aHashIsNotSupported() {
        String document = GraphQL.document("apqOrganization");
        Map<String, Object> byHash = PersistedQueriesTest.persisted(PersistedQueries.sha256(document));
        PersistedQueriesTest.post("application/json", document, byHash).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", equalTo("PersistedQueryNotSupported"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_SUPPORTED"));
        PersistedQueriesTest.post("application/json", document, null).statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"));
    }
}
