package org.summitgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Browsers may call the API from the configured origins only (in tests, as in dev: local pages). */
@QuarkusTest
class CorsTest {

    private static final Map<String, String> QUERY = Map.of("query", "{ organization(code: \"CSTO\") { code } }");

    @Test
    void aLocalPageMayAskBeforeAPost() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void aLocalPageReadsTheAnswer() {
        given().header("Origin", "http://127.0.0.1:3000").contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://127.0.0.1:3000")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .body("errors", nullValue())
                .body("data.organization.code", equalTo("CSTO"));
    }

    @Test
    void anotherOriginIsRefused() {
        given().header("Origin", "https://evil.example").contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://localhost.evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
