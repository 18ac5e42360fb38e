package org.summitgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The schema file and the readiness check that operators and analysts rely on (GraphiQL: GraphiQLPageTest). */
@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void theSchemaIsPublishedWithTheContractTypes() {
        given().when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(containsString("type Summit"))
                .body(containsString("scalar Date"))
                .body(containsString("type Membership"))
                .body(containsString("enum MembershipStatus"));
    }
}
