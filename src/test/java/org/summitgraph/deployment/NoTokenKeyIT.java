package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The packaged application started as the README's "Packaged (JVM)" shows, with no public key at the
 * key location: it starts, says once that editing is off, serves queries, and refuses what needs a role
 * with a GraphQL error and a code (never a 5xx or an ERROR line).
 */
class NoTokenKeyIT {

    private static final String MUTATION = "mutation { createSource(input: {id: \"no-key-source\", title: \"T\"}) { id } }";
    private static PackagedApplication application;

    @BeforeAll
    static void start() throws Exception {
        application = PackagedApplication.serving(Map.of("JWT_PUBLIC_KEY_LOCATION", "/nonexistent/summit-graph/public-key.pem"));
    }

    @AfterAll
    static void stop() throws Exception {
        PackagedApplication.stopServing(application);
    }

    /** A token that the real issuer's key would accept: signed with the test key pair. */
    private static String editorToken() throws Exception {
        return Jwt.issuer("summit-graph").subject("no-key-editor").groups(Set.of("editor")).expiresIn(3600)
                .sign(KeyUtils.readPrivateKey("jwt/private-key.pem"));
    }

    private static ValidatableResponse post(String query, Map<String, String> headers) {
        return given().contentType(ContentType.JSON).headers(headers).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200);
    }

    @Test
    void anAnonymousMutationIsUnauthenticated() {
        post(MUTATION, Map.of())
                .body("data.createSource", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenHolderIsToldThatEditingIsOff() throws Exception {
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + editorToken());
        post(MUTATION, bearer)
                .body("data.createSource", nullValue())
                .body("errors[0].extensions.code", equalTo("EDITING_DISABLED"));
        post("{ changes(first: 1) { totalCount } }", bearer)
                .body("errors[0].extensions.code", equalTo("EDITING_DISABLED"));
        post("mutation { createSource(input: {id: \"no-key-source\", title: \"T\"}) { id } }",
                Map.of("Authorization", "Bearer not-a-token"))
                .body("errors[0].extensions.code", equalTo("EDITING_DISABLED"));
        // queries need no token, and a token does not spoil them
        post("{ organization(code: \"CSTO\") { code } }", bearer)
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"));
    }

    @Test
    void theStartSaysOnceThatEditingIsOffAndNothingLogsAnError() throws Exception {
        post(MUTATION, Map.of("Authorization", "Bearer " + editorToken()));
        post(MUTATION, Map.of());
        List<String> lines = application.logText().lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.contains("\"WARN\"") && l.contains("Editing is off")).count(),
                () -> "one WARN that editing is off:\n" + String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"ERROR\"") || l.contains("SRJWT")),
                () -> "no ERROR and no key failure in the log:\n" + String.join("\n", lines));
    }
}
