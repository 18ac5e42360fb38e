package org.summitgraph.parsing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** Automatic persisted queries as Apollo clients speak them (extensions.persistedQuery). */
@QuarkusTest
class PersistedQueriesTest {

    private static final String JSON = "application/json";
    private static final String GRAPHQL_JSON = "application/graphql-response+json";

    /** The test's own document: a comment makes its text, hence its hash, unknown to other tests. */
    private static String freshDocument() {
        return "# " + Fixtures.unique() + "\n" + GraphQL.document("apqOrganization");
    }

    static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    static ValidatableResponse post(String accept, String query, Map<String, Object> extensions) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("variables", Map.of("code", "CSTO"));
        body.put("extensions", extensions);
        return given().contentType(ContentType.JSON).header("Accept", accept).body(body).when().post("/graphql").then();
    }

    static ValidatableResponse get(String accept, Map<String, Object> extensions) {
        return given().header("Accept", accept)
                .queryParam("variables", new JsonObject(Map.of("code", "CSTO")).encode())
                .queryParam("extensions", new JsonObject(extensions).encode())
                .when().get("/graphql").then();
    }

    @Test
    void anUnknownHashIsNotFoundAsApolloClientsExpect() {
        String hash = PersistedQueries.sha256(freshDocument());
        post(JSON, null, persisted(hash)).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        post(GRAPHQL_JSON, null, persisted(hash)).statusCode(404)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        // never cached: the next attempt, after registration, must reach the service
        get(JSON, persisted(hash)).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aQuerySentWithItsHashIsRegisteredThenRunsByHashOverPostAndGet() {
        String document = freshDocument();
        String hash = PersistedQueries.sha256(document);
        post(JSON, document, persisted(hash)).statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"));

        post(JSON, null, persisted(hash)).statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"));
        get(GRAPHQL_JSON, persisted(hash)).statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"))
                .body("data.organization.name", equalTo("Collective Security Treaty Organization"));
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefusedAndRegistersNothing() {
        String document = freshDocument();
        String otherHash = PersistedQueries.sha256(document + " ");
        post(JSON, document, persisted(otherHash)).statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post(JSON, null, persisted(otherHash)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void anInvalidDocumentIsNotRegistered() {
        String document = "# " + Fixtures.unique() + "\nquery { organization(code: \"CSTO\") { noSuchField } }";
        String hash = PersistedQueries.sha256(document);
        post(JSON, document, persisted(hash)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(JSON, null, persisted(hash)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void malformedPersistedQueryExtensionsAreBadRequests() {
        String hash = PersistedQueries.sha256(freshDocument());
        for (Map<String, Object> extensions : new Map[] {
                Map.of("persistedQuery", "abc"),
                Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", hash)),
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "not-a-hash")),
                Map.of("persistedQuery", Map.of("version", 1)) }) {
            post(JSON, null, extensions).statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }
}
