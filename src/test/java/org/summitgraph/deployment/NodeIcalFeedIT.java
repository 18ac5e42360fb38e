package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * The packaged application's calendar feed read by node-ical ({@code src/test/ical}, npm {@code node-ical} pinned by
 * its lock file), a parser that shares nothing with the ical4j the service writes with: its summary of every event
 * matches what GraphQL answers about the CSTO's summits, in French. Needs Node.js and npm (CI has Node 20).
 */
@QuarkusIntegrationTest
class NodeIcalFeedIT {

    private static final Path ICAL = Path.of("src", "test", "ical");

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void nodeIcalReadsOneAllDayEventPerSummitAsGraphQLDescribesIt() throws Exception {
        NodeScript script = new NodeScript(ICAL, "the node-ical check of the calendar feed");
        script.install("node-ical");
        NodeScript.Result result = script.run("summary.mjs", 120, baseUrl, "csto", "fr");
        JsonObject summary = result.summary();
        assertEquals(200, summary.getInteger("status"), result.output());
        assertEquals("text/calendar; charset=utf-8", summary.getString("contentType"));
        assertEquals("fr", summary.getString("contentLanguage"));
        assertTrue(summary.getString("etag").startsWith("W/\""), summary.getString("etag"));

        JsonPath answer = GraphQL.ok("calendarSummits", "organization", "CSTO", "lang", "FR").extract().jsonPath();
        assertEquals(answer.getString("data.organization.name"), summary.getString("name"));
        List<Map<String, Object>> summits = answer.getList("data.summits.nodes");
        assertEquals(answer.getInt("data.summits.totalCount"), summits.size(), "all summits on one page");
        Map<String, JsonObject> events = summary.getJsonArray("events").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(e -> e.getString("uid"), Function.identity()));
        assertEquals(summits.size(), events.size(), () -> "one event per summit: " + result.output());
        for (Map<String, Object> summit : summits) {
            JsonObject event = events.get(summit.get("id") + "@summit-graph");
            assertTrue(event != null, () -> "no event for " + summit.get("id") + ": " + result.output());
            LocalDate date = LocalDate.parse((String) summit.get("date"));
            assertEquals(date.toString(), event.getString("start"));
            assertEquals(date.plusDays(1).toString(), event.getString("end"));
            assertTrue(event.getBoolean("allDay"), event.encode());
            assertEquals(summit.get("title"), event.getString("summary"));
            @SuppressWarnings("unchecked")
            Map<String, Object> city = (Map<String, Object>) summit.get("city");
            @SuppressWarnings("unchecked")
            String place = city == null ? "Visioconférence"
                    : city.get("name") + ", " + ((Map<String, Object>) city.get("country")).get("name");
            assertEquals(place, event.getString("location"));
            assertEquals(switch ((String) summit.get("status")) {
                case "CANCELLED" -> "CANCELLED";
                case "POSTPONED" -> "TENTATIVE";
                default -> "CONFIRMED";
            }, event.getString("status"));
            assertTrue(event.getInteger("sequence") >= 0, event.encode());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sources = (List<Map<String, Object>>) summit.get("sources");
            assertEquals(sources.stream().map(s -> s.get("url")).filter(u -> u != null).findFirst().orElse(null),
                    event.getValue("url"));
        }
        assertTrue(events.containsKey("csto-2025-11-27-bishkek@summit-graph"), events.keySet()::toString);
    }

    @Test
    void anUnknownOrganizationIs404InPlainText() {
        given().get("/calendar/NO-SUCH-ORGANIZATION.ics").then().statusCode(404)
                .header("Content-Type", "text/plain; charset=utf-8")
                .body(containsString("No organization has this code"));
    }
}
