package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;

/**
 * The packaged application (the JVM jar, or the native executable with -Dnative) started as its own
 * process on a free port, with only the environment a test gives it plus the test database's
 * credentials, and its output in a log file.
 */
final class PackagedApplication implements AutoCloseable {

    final Process process;
    final Path log;
    final int port;

    private PackagedApplication(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The artifact the build produced, started with {@code environment} and waited for until it has started. */
    static PackagedApplication start(Map<String, String> environment) throws Exception {
        Path artifact = Path.of(System.getProperty("summit-graph.artifact"));
        assertTrue(Files.exists(artifact), artifact + " is built by `./mvnw package`");
        int port = freePort();
        // kept in target/it-logs, where src/test/logs/check-quiet looks for ERROR lines after the suite
        Path log = Files.createTempFile(Files.createDirectories(Path.of("target", "it-logs")), "summit-graph", ".log");
        ProcessBuilder builder = isJar(artifact)
                ? new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        artifact.toString())
                : new ProcessBuilder(artifact.toString());
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(databaseEnvironment());
        env.putAll(environment);
        env.put("PORT", String.valueOf(port));
        PackagedApplication application = new PackagedApplication(
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start(), log, port);
        application.awaitStarted();
        return application;
    }

    /** {@link #start}, with RestAssured's requests sent to the application until {@link #stopServing}. */
    static PackagedApplication serving(Map<String, String> environment) throws Exception {
        PackagedApplication application = start(environment);
        RestAssured.port = application.port;
        return application;
    }

    /** Stops an application started by {@link #serving}, if it started. */
    static void stopServing(PackagedApplication application) throws Exception {
        RestAssured.reset();
        if (application != null) {
            application.close();
        }
    }

    /** The test database, where the production Deployment would give its Secret. */
    static Map<String, String> databaseEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", Optional.ofNullable(System.getenv("DB_URL"))
                .orElse("jdbc:postgresql://localhost:5432/summit_graph_test"));
        env.put("DB_USER", Optional.ofNullable(System.getenv("DB_USER")).orElse("summit_graph"));
        env.put("DB_PASSWORD", Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("summit_graph"));
        return env;
    }

    static boolean isJar(Path artifact) {
        return artifact.toString().endsWith(".jar");
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    /** Stops the application as Kubernetes would (SIGTERM) and checks that it goes within 30 s. */
    @Override
    public void close() throws Exception {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the application stops on SIGTERM");
    }

    private void awaitStarted() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited: " + logText());
            }
            try {
                if (given().port(port).when().get("/q/health/started").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not start within 90 s: " + logText());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
