package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The packaged application in a supergraph ({@code src/test/federation}): @apollo/composition composes its SDL
 * ({@code _service}) with a small "reviews" subgraph that adds {@code Summit.reviews}, and queries through
 * @apollo/gateway join the two both ways. The gateway's answers must be what the application answers directly,
 * with the reviews the second subgraph made for each summit. Needs Node.js and npm.
 */
@QuarkusIntegrationTest
class FederationIT {

    private static final Path FEDERATION = Path.of("src", "test", "federation");

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void aGatewayJoinsASecondSubgraphOntoSummitsBothWays() throws Exception {
        JsonPath direct = GraphQL.ok("federationFirstSummits", "organization", "CSTO", "first", 3).extract().jsonPath();
        List<Map<String, Object>> summits = direct.getList("data.summits.nodes");
        List<String> featured = List.of((String) summits.get(2).get("id"), (String) summits.get(0).get("id"));

        NodeScript script = new NodeScript(FEDERATION, "the federation check");
        script.install("@apollo");
        NodeScript.Result run = script.run("gateway.mjs", 300, baseUrl, featured.get(0), featured.get(1));
        System.out.println("[federation]\n" + run.output());
        JsonObject summary = run.summary();
        assertEquals(0, summary.getJsonArray("failures").size(),
                () -> "federation check failed:\n" + summary.getJsonArray("failures").encodePrettily());
        JsonObject results = summary.getJsonObject("results");

        // the service first, then the reviews subgraph for each summit
        JsonArray edges = results.getJsonObject("serviceFirst").getJsonObject("summits").getJsonArray("edges");
        assertEquals(summits.size(), edges.size());
        for (int i = 0; i < summits.size(); i++) {
            JsonObject node = edges.getJsonObject(i).getJsonObject("node");
            assertEquals(summits.get(i).get("id"), node.getString("id"));
            assertEquals(summits.get(i).get("date"), node.getString("date"));
            assertEquals("Review of " + node.getString("id"),
                    node.getJsonArray("reviews").getJsonObject(0).getString("text"));
        }

        // the reviews subgraph first, then this service's _entities: summits by id, a state by code
        JsonArray featuredAnswers = results.getJsonObject("reviewsFirst").getJsonArray("featuredSummits");
        assertEquals(featured.size(), featuredAnswers.size());
        String kyrgyzstan = GraphQL.ok("federationDirect", "summit", featured.get(0), "organization", "CSTO",
                "country", "KG", "person", "vladimir-putin").extract().path("data.country.name");
        for (int i = 0; i < featured.size(); i++) {
            JsonObject answer = featuredAnswers.getJsonObject(i);
            Map<String, Object> summit = GraphQL.ok("federationDirect", "summit", featured.get(i), "organization",
                    "CSTO", "country", "KG", "person", "vladimir-putin").extract().path("data.summit");
            assertEquals(featured.get(i), answer.getString("id"));
            assertEquals(summit.get("title"), answer.getString("title"));
            assertEquals(summit.get("date"), answer.getString("date"));
            assertEquals(((Map<?, ?>) summit.get("organization")).get("code"),
                    answer.getJsonObject("organization").getString("code"));
            JsonObject review = answer.getJsonArray("reviews").getJsonObject(0);
            assertEquals("Review of " + featured.get(i), review.getString("text"));
            assertEquals(kyrgyzstan, review.getJsonObject("country").getString("name"));
        }
        assertTrue(kyrgyzstan != null && !kyrgyzstan.isBlank(), "the state's name from the service");
    }
}
