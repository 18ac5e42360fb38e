package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitgraph.live.ChangeEvents;
import org.summitgraph.live.GraphQLWebSocket;
import org.summitgraph.live.Live;
import org.summitgraph.live.OtherInstance;
import org.summitgraph.support.GraphQL;

import io.restassured.http.ContentType;

/**
 * Normal use of a fresh packaged application logs nothing at WARN or ERROR: queries over POST and GET,
 * and several subscriptions to one field at once (SmallRye registers its subscription gauge again for
 * each one, which Micrometer would warn about).
 */
class QuietLogIT {

    private static PackagedApplication application;

    @BeforeAll
    static void start() throws Exception {
        application = PackagedApplication.serving(Map.of("JWT_PUBLIC_KEY_LOCATION",
                Path.of("src", "test", "resources", "jwt", "public-key.pem").toAbsolutePath().toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        PackagedApplication.stopServing(application);
    }

    @Test
    void queriesAndSeveralSubscriptionsLogNoWarning() throws Exception {
        GraphQL.ok("bishkekSummit", "id", "csto-2025-11-27-bishkek", "lang", "FR")
                .body("data.summit.date", equalTo("2025-11-27"));
        given().queryParam("query", "{ organization(code: \"CSTO\") { code } }").accept(ContentType.JSON)
                .when().get("/graphql").then().statusCode(200).body("errors", nullValue());
        URI endpoint = URI.create("ws://localhost:" + application.port + "/graphql");
        try (GraphQLWebSocket first = GraphQLWebSocket.open(endpoint); GraphQLWebSocket second = GraphQLWebSocket.open(endpoint)) {
            for (GraphQLWebSocket client : List.of(first, second)) {
                for (String id : List.of("a", "b")) {
                    client.subscribe(id, GraphQL.document("summitChanged"), "organization", "CSTO");
                    Live.untilLive(client, id, () -> OtherInstance.notify(ChangeEvents.SUMMITS, "csto-2025-11-27-bishkek"),
                            Live.summit("csto-2025-11-27-bishkek"));
                }
            }
        }
        List<String> loud = application.logText().lines()
                .filter(l -> l.contains("\"level\":\"WARN\"") || l.contains("\"level\":\"ERROR\"")).toList();
        assertEquals(List.of(), loud, "WARN or ERROR lines in the log of normal use");
    }
}
