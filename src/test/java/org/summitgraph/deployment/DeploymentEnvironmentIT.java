package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Starts the packaged application with the environment the production Deployment gives it
 * (its ConfigMap, database credentials) pointed at the test database, and checks what
 * Kubernetes and clients will see: the probes, a query, and GraphiQL and introspection off.
 */
class DeploymentEnvironmentIT {

    private static PackagedApplication application;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> env = new HashMap<>(Manifests.configMapEnvironment(Manifests.render("overlays/prod")));
        // the Deployment's Secret and its database, replaced by the test database
        env.putAll(PackagedApplication.databaseEnvironment());
        application = PackagedApplication.serving(env);
    }

    @AfterAll
    static void stop() throws Exception {
        PackagedApplication.stopServing(application);
    }

    @Test
    void theProbesAnswerUp() {
        for (String path : new String[] { "/q/health/started", "/q/health/live", "/q/health/ready" }) {
            given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void aQueryAnswersFromTheDatabase() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query Chair($asOf: Date) { organization(code: \"CSTO\") { chair(asOf: $asOf) { code } } }",
                        "variables", Map.of("asOf", "2026-06-01")))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.chair.code", equalTo("RU"));
    }

    @Test
    void productionSwitchesGraphiqlAndIntrospectionOff() {
        for (String path : new String[] { "/graphiql/", "/graphiql", "/q/graphql-ui/", "/_static/graphiql/3.2.0/graphiql.min.js" }) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
        }
        given().when().get("/graphql/schema.graphql").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __schema { queryType { name } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
    }

    @Test
    void productionLetsNoOtherOriginCallTheApi() {
        given().header("Origin", "http://localhost:3000").contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }"))
                .when().post("/graphql")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void productionLogsAreJson() throws IOException {
        String firstLine = Files.readAllLines(application.log).stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        assertTrue(firstLine.startsWith("{\"") && firstLine.contains("\"level\""), "JSON log line: " + firstLine);
    }
}
