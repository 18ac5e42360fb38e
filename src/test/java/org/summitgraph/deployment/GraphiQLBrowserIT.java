package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Uses GraphiQL of the packaged application in a real headless Chromium, driven by
 * {@code src/test/graphiql/graphiql.mjs} (puppeteer-core, over the DevTools protocol): a query run with
 * the Run button shows the CSTO from the database and no error, the documentation explorer shows the
 * schema's Query type, and no request of the page to {@code /graphql} gets a 4xx or 5xx. Reported as
 * skipped where Chromium is not installed ({@code chromium} or {@code chromium-browser} on the PATH, or
 * the {@code CHROMIUM} system property or environment variable); needs Node.js and npm, as the
 * GraphQL over HTTP audit does. A screenshot of the page is left in {@code target/graphiql-browser.png}.
 */
@QuarkusIntegrationTest
class GraphiQLBrowserIT {

    private static final Path SCRIPT = Path.of("src", "test", "graphiql");
    private static final Path SCREENSHOT = Path.of("target", "graphiql-browser.png");

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void graphiqlRunsAQueryAndShowsTheSchemaInChromium() throws Exception {
        Path chromium = chromium().orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed: no `chromium` or `chromium-browser` on the"
                + " PATH, nor a CHROMIUM property or variable; GraphiQL was not tried in a browser (on Debian: apt-get install chromium)");
        NodeScript script = new NodeScript(SCRIPT, "the GraphiQL browser test");
        script.install("puppeteer-core");
        long start = System.nanoTime();
        NodeScript.Result browser = script.run("graphiql.mjs", 180, baseUrl, chromium.toString(), SCREENSHOT.toString());
        System.out.printf("[graphiql in chromium] %d s, screenshot in %s%n%s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), SCREENSHOT, browser.output());
        JsonObject summary = browser.summary();

        JsonArray graphqlFailures = summary.getJsonArray("graphqlFailures");
        assertTrue(graphqlFailures.isEmpty(),
                () -> "GraphiQL's requests to /graphql failed:\n" + graphqlFailures.encodePrettily());
        JsonArray otherFailures = summary.getJsonArray("otherFailures");
        assertTrue(otherFailures.isEmpty(), () -> "requests of the GraphiQL page failed:\n" + otherFailures.encodePrettily());
        assertTrue(summary.getJsonArray("pageErrors").isEmpty(),
                () -> "uncaught errors in the GraphiQL page: " + summary.getJsonArray("pageErrors"));
        assertNull(summary.getString("failure"), () -> "GraphiQL did not get through: " + summary.getString("failure"));

        String shown = summary.getString("result");
        JsonObject result = new JsonObject(shown);
        assertNull(result.getValue("errors"), () -> "the result pane shows errors:\n" + shown);
        JsonObject organization = result.getJsonObject("data").getJsonObject("organization");
        assertEquals("CSTO", organization.getString("code"), shown);
        assertEquals("Collective Security Treaty Organization", organization.getString("name"), shown);

        JsonObject docs = summary.getJsonObject("docs");
        assertNull(docs.getString("error"), () -> "the documentation explorer says: " + docs.getString("error"));
        assertTrue(docs.getJsonArray("rootTypes").contains("query: Query"), docs::encode);
        List<?> fields = docs.getJsonArray("queryFields").getList();
        assertTrue(fields.containsAll(List.of("organization", "summits")), () -> "Query's fields: " + fields);
    }

    /** The Chromium to drive: the CHROMIUM property or variable, else {@code chromium} or {@code chromium-browser} on the PATH. */
    private static Optional<Path> chromium() {
        String configured = Optional.ofNullable(System.getProperty("CHROMIUM")).orElse(System.getenv("CHROMIUM"));
        if (configured != null && !configured.isBlank()) {
            assertTrue(Files.isExecutable(Path.of(configured)), "CHROMIUM=" + configured + " is not an executable");
            return Optional.of(Path.of(configured));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of("chromium", "chromium-browser")
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
