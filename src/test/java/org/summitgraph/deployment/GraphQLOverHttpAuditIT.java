package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;

/**
 * Runs the GraphQL over HTTP audit of graphql-http ({@code src/test/http-audit}) against the packaged
 * application: no failed MUST (error), no failed SHOULD (warning), at least 58 of its checks ok.
 * Needs Node.js and npm (CI has Node 20 and the npm registry).
 */
@QuarkusIntegrationTest
class GraphQLOverHttpAuditIT {

    private static final Path AUDIT = Path.of("src", "test", "http-audit");
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase().contains("win");

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void theServerPassesTheGraphQLOverHttpAudit() throws Exception {
        requireTool("node");
        requireTool("npm");
        if (!Files.isDirectory(AUDIT.resolve("node_modules").resolve("graphql-http"))) {
            Result install = run(List.of(WINDOWS ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund", "--prefix",
                    AUDIT.toString()), 300);
            if (install.exit != 0) {
                fail("`npm ci --prefix " + AUDIT + "` failed (exit " + install.exit + "):\n" + install.output);
            }
        }
        Result audit = run(List.of("node", AUDIT.resolve("audit.mjs").toString(), baseUrl), 180);
        System.out.println("[graphql-http audit]\n" + audit.output);
        if (audit.exit != 0) {
            fail("The audit script failed (exit " + audit.exit + "):\n" + audit.output);
        }
        String[] lines = audit.output.strip().split("\\R");
        JsonObject summary = new JsonObject(lines[lines.length - 1]);
        int ok = summary.getInteger("ok");
        int warn = summary.getInteger("warn");
        int error = summary.getInteger("error");
        System.out.printf("[graphql-http audit] %d checks: ok %d, warn %d, error %d, other %d%n",
                summary.getInteger("total"), ok, warn, error, summary.getInteger("total") - ok - warn - error);
        String details = summary.getJsonArray("notOk").encodePrettily();
        assertEquals(0, error, () -> "failed MUSTs:\n" + details);
        assertEquals(0, warn, () -> "failed SHOULDs:\n" + details);
        assertTrue(ok >= 58, () -> "only " + ok + " checks ok:\n" + details);
    }

    private static void requireTool(String tool) {
        try {
            Result version = run(List.of(WINDOWS && tool.equals("npm") ? "npm.cmd" : tool, "--version"), 60);
            if (version.exit == 0) {
                return;
            }
        } catch (IOException | InterruptedException e) {
            // reported below
        }
        fail(tool + " is not installed: the GraphQL over HTTP audit (src/test/http-audit) needs Node.js 20+ with npm on the PATH");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        File log = File.createTempFile("http-audit", ".log");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(log).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + "s: " + String.join(" ", command) + "\n"
                        + Files.readString(log.toPath(), StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
        } finally {
            log.delete();
        }
    }
}
