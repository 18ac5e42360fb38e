package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Black-box checks of the packaged application (JVM jar, or the native executable with
 * {@code -Dnative}) over HTTP: contract queries on the shipped data, health and GraphiQL.
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void theBishkekSummitAnswersInFrench() {
        GraphQL.ok("bishkekSummit", "id", "csto-2025-11-27-bishkek", "lang", "FR")
                .body("data.summit.date", equalTo("2025-11-27"))
                .body("data.summit.status", equalTo("HELD"))
                .body("data.summit.city.name", equalTo("Bichkek"))
                .body("data.summit.chair.code", equalTo("KG"))
                .body("data.summit.sources.id", hasItem("seed-article-bishkek-2025"));
    }

    @Test
    void membershipsAtADateIncludeSuspendedStates() {
        GraphQL.ok("membersByStatusAt", "code", "CSTO", "asOf", "2025-11-27", "status", "SUSPENDED")
                .body("data.organization.memberships.country.code", containsInAnyOrder("AM", "UZ"));
    }

    @Test
    void officersFollowTheirDates() {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2018-01-01")
                .body("data.organization.chair.code", equalTo("KZ"))
                .body("data.organization.secretaryGeneral.id", equalTo("yuri-khachaturov"));
    }

    @Test
    void summitsArePaged() {
        GraphQL.ok("summitPage", "organization", "CSTO", "year", 2022, "first", 2)
                .body("data.summits.totalCount", equalTo(3))
                .body("data.summits.nodes", hasSize(2))
                .body("data.summits.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void unknownIdsAreNullAndBadInputIsCoded() {
        GraphQL.ok("unknownIds", "summit", "nope", "organization", "NOPE", "country", "ZZ", "person", "nobody")
                .body("data.summit", nullValue());
        GraphQL.send("firstAsVariable", Map.of(), "first", 101)
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void healthChecksAnswerUp() {
        for (String path : new String[] { "/q/health/started", "/q/health/live", "/q/health/ready" }) {
            given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
        given().when().get("/q/health/ready").then().body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void graphiqlAndTheSchemaAreServed() {
        given().when().get("/graphiql/").then().statusCode(200).body(containsString("GraphiQL"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Summit"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2020-06-01");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_"))
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("agroal_"))
                .body(containsString("mp_graphql_seconds"));
    }
}
