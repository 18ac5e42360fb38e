package org.summitgraph.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Operators set the service's settings from the environment: the packaged application started with a
 * limit and the Cache-Control by their short names (SUMMIT_GRAPH_MAX_DEPTH, SUMMIT_GRAPH_CACHE_CONTROL) and
 * a limit by its full name (SUMMIT_GRAPH_LIMITS_MAX_ALIASES) obeys each, with every other setting at its default.
 */
class EnvironmentNamesIT {

    private static PackagedApplication application;

    @BeforeAll
    static void start() throws Exception {
        application = PackagedApplication.serving(Map.of("SUMMIT_GRAPH_MAX_DEPTH", "3",
                "SUMMIT_GRAPH_CACHE_CONTROL", "public, max-age=7", "SUMMIT_GRAPH_LIMITS_MAX_ALIASES", "1"));
    }

    @AfterAll
    static void stop() throws Exception {
        PackagedApplication.stopServing(application);
    }

    @Test
    void aLimitSetByItsShortNameHolds() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ organization(code: \"CSTO\") { chair { code } } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ organization(code: \"CSTO\") { chair { memberships { organization { code } } } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("MAX_DEPTH_EXCEEDED"));
    }

    @Test
    void aLimitSetByItsFullNameHolds() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ a: __typename }"))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("query", "{ a: __typename b: __typename }"))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"));
    }

    @Test
    void theCacheControlSetByItsShortNameIsSent() {
        given().queryParam("query", "{ organization(code: \"CSTO\") { code } }")
                .when().get("/graphql").then().statusCode(200).body("errors", nullValue())
                .header("Cache-Control", "public, max-age=7");
    }
}
