package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;

/**
 * Runs relay-compiler ({@code src/test/relay}, npm {@code relay-compiler} with its own binary) over the schema the
 * packaged application serves: fragments with {@code @connection} (an organization's summits both ways, a summit's
 * participants and statements) and {@code @refetchable} on every Node type compile, and every query it generates
 * runs against the application without errors, pages where the fragments page and refetches each node by id.
 * Needs Node.js and npm (CI has Node 20 and the npm registry).
 */
@QuarkusIntegrationTest
class RelayCompilerIT {

    private static final Path RELAY = Path.of("src", "test", "relay");
    private static final List<String> NODE_TYPES = List.of("City", "Country", "Document", "Exercise", "Membership",
            "Organization", "Person", "Source", "Statement", "Summit");

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void relayCompilesFragmentsOverTheServedSchemaAndItsQueriesRun() throws Exception {
        NodeScript script = new NodeScript(RELAY, "the relay-compiler check");
        script.install("relay-compiler");
        NodeScript.Result compiled = script.run("compile.mjs", 300, baseUrl);
        System.out.println("[relay-compiler]\n" + compiled.output());
        JsonObject summary = compiled.summary();
        String failures = summary.getJsonArray("failures").encodePrettily();
        assertEquals(0, summary.getJsonArray("failures").size(), () -> "relay-compiler check failed:\n" + failures);
        List<Object> generated = summary.getJsonArray("generated").getList();
        for (String type : NODE_TYPES) {
            assertTrue(generated.contains("Refetch" + type + "Query"), () -> "no refetch query for " + type + ": " + generated);
        }
        assertTrue(generated.containsAll(List.of("SummitListPaginationQuery", "SummitParticipantsPaginationQuery",
                "SummitParticipantsStatementsPaginationQuery")), () -> "pagination queries missing: " + generated);
        assertTrue(summary.getInteger("ran") >= 19, () -> "only " + summary.getInteger("ran") + " queries ran");
    }
}
