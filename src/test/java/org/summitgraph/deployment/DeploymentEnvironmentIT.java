package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Starts the packaged application with the environment the production Deployment gives it
 * (its ConfigMap, database credentials) pointed at the test database, and checks what
 * Kubernetes and clients will see: the probes, a query, and GraphiQL and introspection off.
 */
class DeploymentEnvironmentIT {

    private static Process application;
    private static Path log;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        List<HasMetadata> prod = Manifests.render("overlays/prod");
        Map<String, String> configMap = Manifests.configMapEnvironment(prod);
        Path artifact = Path.of(System.getProperty("summit-graph.artifact"));
        assertTrue(Files.exists(artifact), artifact + " is built by `./mvnw package`");
        port = freePort();
        log = Files.createTempFile("summit-graph-deployment", ".log");

        ProcessBuilder builder = artifact.toString().endsWith(".jar")
                ? new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        artifact.toString())
                : new ProcessBuilder(artifact.toString());
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(configMap);
        // the Deployment's Secret and its database, replaced by the test database
        env.put("DB_URL", Optional.ofNullable(System.getenv("DB_URL"))
                .orElse("jdbc:postgresql://localhost:5432/summit_graph_test"));
        env.put("DB_USER", Optional.ofNullable(System.getenv("DB_USER")).orElse("summit_graph"));
        env.put("DB_PASSWORD", Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("summit_graph"));
        env.put("PORT", String.valueOf(port));
        application = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RestAssured.port = port;
        awaitStarted();
    }

    @AfterAll
    static void stop() throws Exception {
        RestAssured.reset();
        if (application != null) {
            application.destroy();
            assertTrue(application.waitFor(30, TimeUnit.SECONDS), "the application stops on SIGTERM");
        }
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
        given().when().get("/q/graphql-ui/").then().statusCode(404);
        given().when().get("/graphql/schema.graphql").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __schema { queryType { name } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
    }

    @Test
    void productionLogsAreJson() throws IOException {
        String firstLine = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        assertTrue(firstLine.startsWith("{\"") && firstLine.contains("\"level\""), "JSON log line: " + firstLine);
    }

    private static void awaitStarted() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!application.isAlive()) {
                throw new AssertionError("the application exited: " + Files.readString(log));
            }
            try {
                if (given().when().get("/q/health/started").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not start within 90 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
