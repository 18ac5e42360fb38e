package org.summitgraph.schema;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.summitgraph.support.Refusals.refused;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Int is a signed 32-bit integer (GraphQL specification, section 3.5.1): a literal outside it, or not written as
 * an integer, fails validation; a variable outside it, or no integral number, is refused before execution;
 * both bounds are accepted. Years outside 1..9999 are the resolver's refusal, and prove that the value got there
 * unchanged.
 */
@QuarkusTest
class IntInputTest {

    private static final String RANGE = "expects an Int, a whole number from -2147483648 to 2147483647";

    @Test
    void aFirstLiteralBeyond32BitsFailsValidationInsteadOfWrapping() {
        refused(GraphQL.send("firstLiteralBeyondInt", Map.of()), "GRAPHQL_VALIDATION_FAILED")
                .body("errors[0].message", equalTo("Argument 'first' " + RANGE + ", not 4294967297"));
    }

    @Test
    void aYearLiteralBeyond32BitsFailsValidationInsteadOfWrapping() {
        refused(GraphQL.send("yearLiteralBeyondInt", Map.of()), "GRAPHQL_VALIDATION_FAILED")
                .body("errors[0].message", equalTo("Argument 'year' " + RANGE + ", not 4294969322"));
    }

    @Test
    void theBoundsOfIntAreAcceptedAsLiterals() {
        refused(GraphQL.send("yearLiteralIntMin", Map.of()), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("`year` must be between 1 and 9999 (got -2147483648)"));
        refused(GraphQL.send("yearLiteralIntMax", Map.of()), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("`year` must be between 1 and 9999 (got 2147483647)"));
    }

    @Test
    void aLiteralWithAnExponentIsNoInt() {
        refused(GraphQL.send("firstLiteralWithExponent", Map.of()), "GRAPHQL_VALIDATION_FAILED")
                .body("errors[0].message", equalTo("Argument 'first' " + RANGE
                        + ", written without quotes, fraction or exponent, e.g. 20"));
    }

    @Test
    void variablesBeyond32BitsAreRefusedBeforeExecution() {
        refused(GraphQL.send("firstAsVariable", Map.of(), "first", 4_294_967_297L), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("Variable 'first' " + RANGE + ", not 4294967297"))
                .body("errors[0].path", nullValue());
        refused(GraphQL.send("summitCount", Map.of(), "year", 4_294_969_322L), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("Variable 'year' " + RANGE + ", not 4294969322"));
    }

    @Test
    void variablesThatAreNoIntegersAreRefused() {
        refused(GraphQL.send("firstAsVariable", Map.of(), "first", 1.5), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("Variable 'first' " + RANGE + ", not 1.5"));
        refused(GraphQL.send("firstAsVariable", Map.of(), "first", "7"), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("Variable 'first' " + RANGE + ", not the text \"7\""));
    }

    @Test
    void theBoundsOfIntAreAcceptedAsVariables() {
        refused(GraphQL.send("summitCount", Map.of(), "year", Integer.MIN_VALUE), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("`year` must be between 1 and 9999 (got -2147483648)"));
        refused(GraphQL.send("summitCount", Map.of(), "year", Integer.MAX_VALUE), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("`year` must be between 1 and 9999 (got 2147483647)"));
        GraphQL.ok("summitCount", "organization", "CSTO", "year", 2015).body("data.summits.totalCount", equalTo(2));
    }

    @Test
    void aVariableBeyond32BitsIsARequestErrorForGraphQLResponseJson() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", GraphQL.document("firstAsVariable"), "variables", Map.of("first", 4_294_967_297L)))
                .when().post("/graphql").then().statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
