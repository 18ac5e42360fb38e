package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;

/**
 * A front end's code generation against the packaged application ({@code src/test/codegen}): graphql-codegen
 * introspects the served schema and generates, into separate files, its types (typescript) and those of the
 * README's example operations (typescript-operations), with strictScalars (a scalar left unmapped fails) and
 * Date and DateTime mapped to string (and federation's _Any to an object); tsc --strict then type-checks them with usage.ts, which fails to compile
 * unless the date scalars come out exactly as {@code string}. Needs Node.js and npm.
 */
@QuarkusIntegrationTest
class CodegenIT {

    private static final Path CODEGEN = Path.of("src", "test", "codegen");
    private static final Path README = Path.of("README.md");
    private static final Path OUTPUT = Path.of("target", "codegen");

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void graphqlCodegenAndStrictTypeScriptAcceptTheSchemaAndTheReadmeOperations() throws Exception {
        NodeScript script = new NodeScript(CODEGEN, "the graphql-codegen check");
        script.install("@graphql-codegen");
        NodeScript.Result run = script.run("generate.mjs", 300, baseUrl, README.toString(), OUTPUT.toString());
        System.out.println("[graphql-codegen]\n" + run.output());
        JsonObject summary = run.summary();
        assertEquals(0, summary.getInteger("tsc"), () -> "tsc --strict failed:\n" + run.output());
        assertEquals(List.of("ID", "String", "Boolean", "Int", "Float", "Date", "DateTime", "_Any"),
                summary.getJsonArray("scalars").getList(), "the scalars graphql-codegen generated");

        List<String> expected = readmeOperations();
        assertTrue(expected.size() >= 8, () -> "only " + expected + " in " + README);
        assertEquals(expected, summary.getJsonArray("operations").getList(), "the README's operations");
        String operations = Files.readString(OUTPUT.resolve("generated").resolve("operations.ts"), StandardCharsets.UTF_8);
        for (String name : expected) {
            assertTrue(operations.contains("export type " + name + "Query = "), () -> name + "Query not generated");
            assertTrue(operations.contains("export type " + name + "QueryVariables = "), () -> name + "QueryVariables not generated");
        }
        String schema = Files.readString(OUTPUT.resolve("generated").resolve("schema.ts"), StandardCharsets.UTF_8);
        assertTrue(schema.contains("Date: { input: string; output: string; }"), "Date is a string");
        assertTrue(schema.contains("DateTime: { input: string; output: string; }"), "DateTime is a string");
    }

    /** The names of the operations of the README's ```graphql blocks, read here independently of the script. */
    private static List<String> readmeOperations() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(?ms)^```graphql\\n(.*?)^```$").matcher(readme);
        List<String> names = new ArrayList<>();
        while (block.find()) {
            Matcher operation = Pattern.compile("(?m)^query (\\w+)").matcher(block.group(1));
            while (operation.find()) {
                names.add(operation.group(1));
            }
        }
        return names;
    }
}
