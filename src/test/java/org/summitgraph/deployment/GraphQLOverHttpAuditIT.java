package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

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

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void theServerPassesTheGraphQLOverHttpAudit() throws Exception {
        NodeScript script = new NodeScript(AUDIT, "the GraphQL over HTTP audit");
        script.install("graphql-http");
        NodeScript.Result audit = script.run("audit.mjs", 180, baseUrl);
        System.out.println("[graphql-http audit]\n" + audit.output());
        JsonObject summary = audit.summary();
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
}
