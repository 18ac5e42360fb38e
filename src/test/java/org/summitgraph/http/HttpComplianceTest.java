package org.summitgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;

/** The GraphQL over HTTP rules of HttpGraphQLFilter: media types, status codes, GET. */
@QuarkusTest
class HttpComplianceTest {

    private static final String JSON = "application/json";
    private static final String GRAPHQL_JSON = "application/graphql-response+json";
    private static final String TYPENAME = "{ __typename }";

    private static ValidatableResponse post(String accept, String body) {
        var request = given().contentType(JSON).body(body);
        if (accept != null) {
            request = request.header("Accept", accept);
        }
        return request.when().post("/graphql").then();
    }

    private static String body(String query, Object variables) {
        Map<String, Object> map = new HashMap<>();
        map.put("query", query);
        map.put("variables", variables);
        return new io.vertx.core.json.JsonObject(map).encode();
    }

    // --- media types ---

    @Test
    void withoutAcceptTheAnswerIsJson() {
        post(null, body(TYPENAME, null)).statusCode(200)
                .header("Content-Type", startsWith(JSON))
                .body("data.__typename", equalTo("Query"));
    }

    @ParameterizedTest
    @ValueSource(strings = { JSON, "*/*", "text/html, application/json;q=0.5" })
    void jsonAndWildcardsGiveJson(String accept) {
        post(accept, body(TYPENAME, null)).statusCode(200)
                .header("Content-Type", startsWith(JSON))
                .body("data.__typename", equalTo("Query"));
    }

    @ParameterizedTest
    @ValueSource(strings = { GRAPHQL_JSON, GRAPHQL_JSON + ", application/json", "application/json;q=0.9, " + GRAPHQL_JSON })
    void theGraphQLResponseTypeIsUsedWhenAskedFor(String accept) {
        post(accept, body(TYPENAME, null)).statusCode(200)
                .header("Content-Type", startsWith(GRAPHQL_JSON))
                .body("data.__typename", equalTo("Query"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/html", "application/xml, text/plain", "application/json;q=0" })
    void anAcceptWithoutEitherJsonTypeIs406(String accept) {
        post(accept, body(TYPENAME, null)).statusCode(406)
                .header("Content-Type", startsWith(JSON))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    // --- malformed requests: 4xx, never 500 ---

    @ParameterizedTest
    @ValueSource(strings = { "{ \"not a JSON", "[1]", "{\"notquery\": \"{ __typename }\"}", "{\"query\": 0}",
            "{\"query\": {\"obj\": 1}}", "{\"query\": \"{ __typename }\", \"variables\": \"string\"}",
            "{\"query\": \"{ __typename }\", \"variables\": [1]}", "{\"query\": \"{ __typename }\", \"operationName\": 0}",
            "{\"query\": \"{ __typename }\", \"operationName\": false}", "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}",
            "{\"query\": \"{ __typename }\", \"extensions\": [\"a\"]}" })
    void malformedRequestsAre400(String body) {
        for (String accept : new String[] { JSON, GRAPHQL_JSON }) {
            post(accept, body).statusCode(400)
                    .header("Content-Type", startsWith(accept))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void anEmptyBodyIs400() {
        given().contentType(JSON).when().post("/graphql").then().statusCode(400);
    }

    @Test
    void aPostWithoutContentTypeIs4xx() {
        given().body(body(TYPENAME, null).getBytes()).when().post("/graphql").then()
                .statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    /** What browsers send when a page sets Content-Type twice (GraphiQL does), and other spellings. */
    @ParameterizedTest
    @ValueSource(strings = { "application/json, application/json", "Application/JSON; charset=UTF-8",
            "application/json;charset=utf-8, application/json" })
    void aRepeatedOrDifferentlySpelledJsonContentTypeRuns(String contentType) {
        // as sent: RestAssured would otherwise add a charset of its own to the header
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                // a document of its own, so that no kept answer spares SmallRye the reading of the body
                .header("Content-Type", contentType)
                .body(body("{ organization(code: \"CSTO\") { code } } # " + contentType, null).getBytes())
                .when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.organization.code", equalTo("CSTO"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json, text/plain", "text/plain, application/json",
            "application/json, application/json; charset=latin1" })
    void differentContentTypesInOneHeaderAre415(String contentType) {
        given().header("Content-Type", contentType).body(body(TYPENAME, null).getBytes()).when().post("/graphql").then()
                .statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void nullParametersAreAllowed() {
        post(GRAPHQL_JSON, "{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}")
                .statusCode(200).body("errors", nullValue());
    }

    // --- errors before execution ---

    @Test
    void aParseErrorIs400WithTheGraphQLResponseTypeAnd200WithJson() {
        post(GRAPHQL_JSON, body("{", null)).statusCode(400)
                .header("Content-Type", startsWith(GRAPHQL_JSON))
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        post(JSON, body("{", null)).statusCode(200)
                .header("Content-Type", startsWith(JSON))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void aValidationErrorIs400WithTheGraphQLResponseTypeAnd200WithJson() {
        post(GRAPHQL_JSON, body("{ secretSauce }", null)).statusCode(400)
                .header("Content-Type", startsWith(GRAPHQL_JSON))
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(JSON, body("{ secretSauce }", null)).statusCode(200)
                .header("Content-Type", startsWith(JSON))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void aVariableCoercionErrorIs400WithTheGraphQLResponseTypeAnd200WithJson() {
        Map<String, Object> nullId = new HashMap<>();
        nullId.put("id", null);
        String query = "query CoerceFailure($id: ID!) { __typename }";
        post(GRAPHQL_JSON, body(query, nullId)).statusCode(400)
                .header("Content-Type", startsWith(GRAPHQL_JSON))
                .body("errors", notNullValue());
        post(JSON, body(query, nullId)).statusCode(200)
                .header("Content-Type", startsWith(JSON))
                .body("errors", notNullValue());
    }

    @Test
    void errorsDuringExecutionKeep200() {
        post(GRAPHQL_JSON, body("query($first: Int) { summits(first: $first) { totalCount } }", Map.of("first", 101)))
                .statusCode(200)
                .header("Content-Type", startsWith(GRAPHQL_JSON))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void validVariablesOfCustomScalarsAreNotRefused() {
        post(GRAPHQL_JSON, body("query($asOf: Date) { organization(code: \"CSTO\") { memberships(asOf: $asOf) { status } } }",
                Map.of("asOf", "2013-01-01")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.memberships", notNullValue());
    }

    @Test
    void aVariableThatIsNoDateFailsBeforeExecution() {
        String chair = "query Chair($asOf: Date) { organization(code: \"CSTO\") { chair(asOf: $asOf) { code } } }";
        for (String value : new String[] { "not-a-date", "2026-13-01", "2026-06-15T10:00:00" }) {
            post(GRAPHQL_JSON, body(chair, Map.of("asOf", value))).statusCode(400)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
            post(JSON, body(chair, Map.of("asOf", value))).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
        post(GRAPHQL_JSON, body(chair, Map.of("asOf", "2026-06-15"))).statusCode(200)
                .body("errors", nullValue())
                .body("data.organization.chair.code", notNullValue());
    }

    // --- GET ---

    @Test
    void queriesWorkOverGet() {
        given().queryParam("query", "query Type($name: String!) { __type(name: $name) { name } }")
                .queryParam("variables", "{\"name\": \"Summit\"}")
                .when().get("/graphql").then().statusCode(200)
                .header("Content-Type", startsWith(JSON))
                .body("data.__type.name", equalTo("Summit"));
        given().accept(GRAPHQL_JSON).queryParam("query", TYPENAME)
                .when().get("/graphql").then().statusCode(200)
                .header("Content-Type", startsWith(GRAPHQL_JSON))
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void getParametersReachTheQueryAsSent() {
        // a comment ends at its newline; "%53" in a string is those three characters, not an "S"
        given().queryParam("query", "# the type\nquery Type($name: String!) { __type(name: $name) { name } }")
                .queryParam("variables", "{\"name\": \"%53ummit\"}")
                .when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data", hasKey("__type"))
                .body("data.__type", nullValue());
        given().queryParam("query", "# the type\nquery Type($name: String!) { __type(name: $name) { name } }")
                .queryParam("variables", "{\"name\": \"Summit\"}")
                .when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.__type.name", equalTo("Summit"));
    }

    @Test
    void mutationsOverGetAre405() {
        for (String accept : new String[] { JSON, GRAPHQL_JSON }) {
            given().accept(accept).queryParam("query", "mutation { __typename }")
                    .when().get("/graphql").then().statusCode(405)
                    .header("Allow", "POST")
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        given().queryParam("query", "query Q { __typename } mutation M { __typename }").queryParam("operationName", "M")
                .when().get("/graphql").then().statusCode(405);
    }

    @Test
    void badGetRequestsAre400() {
        given().when().get("/graphql").then().statusCode(400);
        given().queryParam("query", TYPENAME).queryParam("variables", "[1]").when().get("/graphql").then().statusCode(400);
        given().queryParam("query", TYPENAME).queryParam("extensions", "nope").when().get("/graphql").then().statusCode(400);
        given().accept(GRAPHQL_JSON).queryParam("query", "{").when().get("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }
}
