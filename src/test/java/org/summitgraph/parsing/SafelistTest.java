package org.summitgraph.parsing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.live.GraphQLWebSocket;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;

/** Safelist mode: only the documents of the registered directory run, sent in full or by hash, on any transport. */
@QuarkusTest
@TestProfile(SafelistTest.SafelistMode.class)
class SafelistTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/safelist");
    private static final String JSON = "application/json";
    private static final String GRAPHQL_JSON = "application/graphql-response+json";
    private static final String UNLISTED = "{ organization(code: \"CSTO\") { code } }";

    public static class SafelistMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit-graph.safelist.enabled", "true",
                    "summit-graph.safelist.directory", DIRECTORY.toString(),
                    "summit-graph.http-cache.cache-control", "no-cache");
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    private static String listed() throws Exception {
        return Files.readString(DIRECTORY.resolve("safelistedOrganization.graphql"));
    }

    @Test
    void aListedDocumentRunsSentInFull() throws Exception {
        PersistedQueriesTest.post(JSON, listed(), null).statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"));
        // the same operation written otherwise is the same document
        PersistedQueriesTest.post(JSON, "query SafelistedOrganization($code:ID!){organization(code:$code){code name}}", null)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"));
    }

    @Test
    void aListedDocumentRunsByHashOverPostAndGet() throws Exception {
        Map<String, Object> byHash = PersistedQueriesTest.persisted(PersistedQueries.sha256(listed()));
        PersistedQueriesTest.post(JSON, null, byHash).statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"));
        PersistedQueriesTest.get(JSON, byHash).statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"))
                .header("Cache-Control", "no-cache")
                .header("ETag", startsWith("W/"));
    }

    @Test
    void anyOtherDocumentIsRefused() {
        PersistedQueriesTest.post(JSON, UNLISTED, null).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        PersistedQueriesTest.post(GRAPHQL_JSON, UNLISTED, null).statusCode(403)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        given().queryParam("query", UNLISTED).when().get("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        GraphQL.send("summitCount", Map.of(), "organization", "CSTO").statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
    }

    @Test
    void aDocumentCannotBeRegisteredWithItsHash() {
        String hash = PersistedQueries.sha256(UNLISTED);
        PersistedQueriesTest.post(JSON, UNLISTED, PersistedQueriesTest.persisted(hash)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_IN_LIST"));
        PersistedQueriesTest.post(JSON, null, PersistedQueriesTest.persisted(hash)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void anUnlistedSubscriptionIsRefusedOverWebSocket() throws Exception {
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("unlisted", GraphQL.document("summitChanged"), "organization", "CSTO");
            JsonArray errors = client.awaitErrors("unlisted", Duration.ofSeconds(10));
            assertEquals("PERSISTED_QUERY_NOT_IN_LIST", errors.getJsonObject(0).getJsonObject("extensions").getString("code"));
        }
    }
}
