package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Uses GraphiQL of the packaged application in a real headless Chromium, driven by
 * {@code src/test/graphiql/graphiql.mjs} (puppeteer-core, over the DevTools protocol): the old address
 * /q/graphql-ui/ leads to /graphiql/; the query builder lists Query's fields as introspection gives them, and
 * clicks build a query whose answer, shown after the Run button, is the server's; a typed query runs and shows
 * ticked in the builder; an example opens in a new tab and runs; the documentation explorer shows the Query type;
 * the history has the runs. A second application, with introspection off and in safelist mode, shows a page that
 * says so and runs only the operations listed. Throughout, no request fails, none leaves the server's origin (the
 * page works offline), and the page logs no error. Reported as skipped where Chromium is not installed
 * ({@code chromium} or {@code chromium-browser} on the PATH, or the {@code CHROMIUM} system property or environment
 * variable); needs Node.js and npm, as the GraphQL over HTTP audit does. Screenshots are left in
 * {@code target/graphiql-browser.png} and {@code target/graphiql-restricted.png}.
 */
@QuarkusIntegrationTest
class GraphiQLBrowserIT {

    /** The README example the browser opens in a tab of its own and runs. */
    private static final String EXAMPLE = "CstoMembers";
    private static final Path SCRIPT = Path.of("src", "test", "graphiql");
    private static final Path EXAMPLES = Path.of("src/main/resources/META-INF/resources/graphiql/examples.json");

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void graphiqlBuildsRunsAndExplainsQueriesInChromium() throws Exception {
        JsonObject steps = browse(chromium(), baseUrl, "graphiql-browser.png", "full", EXAMPLE);
        assertEquals(baseUrl + "graphiql/", steps.getJsonObject("loaded").getString("url"), "where /q/graphql-ui/ leads");

        JsonObject builder = steps.getJsonObject("builder");
        assertEquals(sorted(introspectedQueryFields()), sorted(builder.getJsonArray("rootFields").getList()),
                "the builder lists Query's fields");
        // ticking organization, typing its code, then ticking name and code
        assertEquals("{\n  organization(code: \"CSTO\") {\n    name\n    code\n  }\n}", builder.getString("query"));
        JsonObject built = shownData(builder.getString("result"));
        assertEquals("CSTO", built.getJsonObject("organization").getString("code"), built::encode);
        assertEquals(answer(builder.getString("query")), built, "the result pane shows the server's answer");

        JsonObject typed = steps.getJsonObject("typed");
        JsonObject organization = shownData(typed.getString("result")).getJsonObject("organization");
        assertEquals("CSTO", organization.getString("code"), typed::encode);
        assertEquals("Collective Security Treaty Organization", organization.getString("name"), typed::encode);
        assertEquals(sorted(List.of("organization", "organization.code", "organization.name", "organization.acronym")),
                sorted(typed.getJsonArray("ticked").getList()), "the builder shows the typed query");
        assertEquals("CSTO", typed.getString("code"));

        JsonArray saved = new JsonArray(Files.readString(EXAMPLES));
        JsonObject example = steps.getJsonObject("example");
        assertEquals(saved.stream().map(e -> ((JsonObject) e).getString("name")).toList(),
                example.getJsonArray("names").getList(), "the examples offered");
        String query = query(saved, EXAMPLE);
        assertEquals(query, example.getString("query"), "the example opened in the editor");
        assertEquals(2, example.getInteger("tabs"), "the example opens in a tab of its own");
        JsonObject members = shownData(example.getString("result"));
        assertFalse(members.getJsonObject("organization").getJsonArray("memberships").isEmpty(), members::encode);
        assertEquals(answer(query), members, "the result pane shows the server's answer");

        JsonObject docs = steps.getJsonObject("docs");
        assertNull(docs.getString("error"), () -> "the documentation explorer says: " + docs.getString("error"));
        assertTrue(docs.getJsonArray("rootTypes").contains("query: Query"), docs::encode);
        assertEquals(sorted(introspectedQueryFields()), sorted(docs.getJsonArray("queryFields").getList()));

        // GraphiQL labels each run with its query, compacted, or with its operation's name once it has read it
        // from the editor (which it does after a short delay, so a named example may be labelled either way)
        List<String> history = steps.getJsonArray("history").stream().map(GraphiQLBrowserIT::compact).toList();
        assertTrue(history.containsAll(Stream.of(typed.getString("query"), builder.getString("query"))
                .map(GraphiQLBrowserIT::compact).toList()), () -> "the history: " + history);
        assertTrue(history.contains(compact(query)) || history.contains(EXAMPLE), () -> "the history: " + history);
    }

    @Test
    void withoutIntrospectionAndInSafelistModeGraphiqlSaysSoAndRunsTheListedOperations(@TempDir Path operations)
            throws Exception {
        Path chromium = chromium();
        JsonArray saved = new JsonArray(Files.readString(EXAMPLES));
        // the operator listed one of the examples, not the other
        Files.writeString(operations.resolve("CstoAt.graphql"), query(saved, "CstoAt"));
        try (PackagedApplication application = PackagedApplication.start(Map.of(
                "SUMMIT_GRAPH_INTROSPECTION_ENABLED", "false",
                "SUMMIT_GRAPH_SAFELIST_ENABLED", "true",
                "SUMMIT_GRAPH_SAFELIST_DIRECTORY", operations.toString()))) {
            String base = "http://localhost:" + application.port + "/";
            JsonObject steps = browse(chromium, base, "graphiql-restricted.png", "restricted", "CstoAt", "CstoMembers");

            String notice = steps.getString("notice");
            assertTrue(notice != null && notice.contains("Introspection is off on this server")
                    && notice.contains("Safelist mode"), () -> "the notice: " + notice);
            assertTrue(steps.getString("builderNote").contains("Introspection is off"), steps::encode);
            assertTrue(steps.getString("docs").contains("No GraphQL schema available"), steps::encode);

            JsonObject listed = steps.getJsonObject("example0");
            assertEquals(answer(query(saved, "CstoAt"), application.port), shownData(listed.getString("result")));
            JsonObject refused = new JsonObject(steps.getJsonObject("example1").getString("result"));
            assertEquals("PERSISTED_QUERY_NOT_IN_LIST",
                    refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"),
                    refused::encode);
        }
    }

    /** Runs the browser script and checks what any use of the page must satisfy; gives the steps' observations. */
    private static JsonObject browse(Path chromium, String base, String screenshot, String... arguments) throws Exception {
        NodeScript script = new NodeScript(SCRIPT, "the GraphiQL browser test");
        script.install("puppeteer-core");
        Path picture = Path.of("target", screenshot);
        long start = System.nanoTime();
        NodeScript.Result browser = script.run("graphiql.mjs", 180, Stream.concat(
                Stream.of(base, chromium.toString(), picture.toString()), Stream.of(arguments)).toArray(String[]::new));
        JsonObject summary = browser.summary();
        JsonArray requests = summary.getJsonArray("requests");
        String origin = origin(URI.create(base));
        List<String> urls = requests.stream().map(r -> ((JsonObject) r).getString("url")).toList();
        System.out.printf("[graphiql in chromium, %s] %d s, %d requests: %d to %s, %d data: URLs; screenshot in %s%n%s%n",
                arguments[0], TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), urls.size(),
                urls.stream().filter(url -> url.startsWith(origin + "/")).count(), origin,
                urls.stream().filter(url -> url.startsWith("data:")).count(), picture, browser.output());

        JsonArray graphqlFailures = summary.getJsonArray("graphqlFailures");
        assertTrue(graphqlFailures.isEmpty(),
                () -> "GraphiQL's requests to /graphql failed:\n" + graphqlFailures.encodePrettily());
        JsonArray otherFailures = summary.getJsonArray("otherFailures");
        assertTrue(otherFailures.isEmpty(), () -> "requests of the GraphiQL page failed:\n" + otherFailures.encodePrettily());
        List<String> elsewhere = urls.stream()
                .filter(url -> !url.startsWith("data:") && !origin(URI.create(url)).equals(origin)).toList();
        assertEquals(List.of(), elsewhere, "requests of the page to another origin than the server's");
        assertTrue(summary.getJsonArray("pageErrors").isEmpty(),
                () -> "uncaught errors in the GraphiQL page: " + summary.getJsonArray("pageErrors"));
        assertTrue(summary.getJsonArray("consoleErrors").isEmpty(),
                () -> "errors in the GraphiQL page's console: " + summary.getJsonArray("consoleErrors"));
        assertNull(summary.getString("failure"), () -> "GraphiQL did not get through: " + summary.getString("failure"));
        return summary.getJsonObject("steps");
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    /** The data a result pane shows, which must hold no error. */
    private static JsonObject shownData(String shown) {
        JsonObject result = new JsonObject(shown);
        assertNull(result.getValue("errors"), () -> "the result pane shows errors:\n" + shown);
        return result.getJsonObject("data");
    }

    /** The data the application under test answers to the query, asked directly. */
    private static JsonObject answer(String query) {
        return answer(query, RestAssured.port);
    }

    private static JsonObject answer(String query, int port) {
        return shownData(given().port(port).contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200).extract().asString());
    }

    private static List<Object> introspectedQueryFields() {
        JsonObject data = answer("{ __schema { queryType { fields(includeDeprecated: true) { name } } } }");
        return data.getJsonObject("__schema").getJsonObject("queryType").getJsonArray("fields").stream()
                .map(f -> (Object) ((JsonObject) f).getString("name")).toList();
    }

    private static String compact(Object query) {
        return String.valueOf(query).replaceAll("\\s+", "");
    }

    private static List<String> sorted(List<?> names) {
        return names.stream().map(String::valueOf).sorted().toList();
    }

    private static String query(JsonArray examples, String name) {
        return examples.stream().map(JsonObject.class::cast).filter(e -> e.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no example " + name)).getString("query");
    }

    /** The Chromium to drive; the test is skipped without one. */
    private static Path chromium() {
        Path chromium = installedChromium().orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed: no `chromium` or `chromium-browser` on the"
                + " PATH, nor a CHROMIUM property or variable; GraphiQL was not tried in a browser (on Debian: apt-get install chromium)");
        return chromium;
    }

    /** The CHROMIUM property or variable, else {@code chromium} or {@code chromium-browser} on the PATH. */
    private static Optional<Path> installedChromium() {
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
