package org.summitgraph.error;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Unknown ids give null; client mistakes give a clear error with its code and no internals. */
@QuarkusTest
class ErrorsTest {

    @Test
    void unknownIdsAndCodesGiveNullWithoutErrors() {
        GraphQL.ok("unknownIds", "summit", "no-such-summit", "organization", "NOPE", "country", "ZZ",
                "person", "nobody-at-all")
                .body("data.summit", nullValue())
                .body("data.organization", nullValue())
                .body("data.country", nullValue())
                .body("data.person", nullValue())
                .body("data.nextMeeting", nullValue());
    }

    @Test
    void anInvalidDateIsBadUserInput() {
        clean(GraphQL.send("nextMeetingAsOf", Map.of(), "organization", "CSTO", "asOf", "2025-13-45"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("asOf"));
    }

    /** A literal is checked with the document, as an Int literal is; a variable (above) when it is coerced. */
    @Test
    void aLiteralDateThatDoesNotParseFailsValidationInWords() {
        clean(GraphQL.raw("{ nextMeeting(organization: \"CSTO\", asOf: \"2025-13-45\") { id } }", Map.of()))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("Argument 'asOf' expects a date (YYYY-MM-DD), e.g. 2026-06-15, "
                        + "not the text \"2025-13-45\""))
                .body("data", nullValue());
    }

    @Test
    void aNonexistentDayIsBadUserInput() {
        clean(GraphQL.send("nextMeetingAsOf", Map.of(), "organization", "CSTO", "asOf", "2025-02-30"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aStringForAnIntIsBadUserInput() {
        clean(GraphQL.send("firstAsVariable", Map.of(), "first", "abc"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void pagesLargerThanTheMaximumAreRefused() {
        clean(GraphQL.send("firstAsVariable", Map.of(), "first", 101))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("100"))
                .body("errors[0].path[0]", equalTo("summits"));
    }

    @Test
    void negativePageSizesAreRefused() {
        clean(GraphQL.send("firstAsVariable", Map.of(), "first", -1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void theMaximumPageSizeIsAccepted() {
        GraphQL.ok("firstAsVariable", "first", 100).body("data.summits.totalCount", notNullValue());
    }

    @Test
    void aForgedCursorIsBadUserInput() {
        clean(GraphQL.send("summitPage", Map.of(), "first", 2, "after", "not-a-cursor"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("cursor"));
    }

    @Test
    void aCursorOfAnotherListIsBadUserInput() {
        String personCursor = GraphQL.ok("peoplePage", "first", 1).extract().path("data.people.pageInfo.endCursor");
        clean(GraphQL.send("summitPage", Map.of(), "first", 2, "after", personCursor))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void anUnknownEnumValueFailsValidation() {
        clean(GraphQL.send("summitsByStatusLiteral", Map.of()))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("data", nullValue());
    }

    @Test
    void anUnknownFieldFailsValidation() {
        clean(GraphQL.send("unknownField", Map.of()))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("secretSauce"));
    }

    @Test
    void aMissingRequiredArgumentFailsValidation() {
        clean(GraphQL.send("missingArgument", Map.of()))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void aDocumentThatDoesNotParseGetsParseFailed() {
        clean(GraphQL.raw("{ summits { totalCount ", Map.of()))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1));
    }

    @Test
    void aBodyThatIsNotAGraphQLRequestIsABadRequest() {
        io.restassured.RestAssured.given().contentType("application/json").body("{\"query\": 42}")
                .when().post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    /** Errors never show internals: no "System error", no Java class or package names. */
    private static ValidatableResponse clean(ValidatableResponse response) {
        return response.statusCode(200)
                .body("errors", notNullValue())
                .body("errors.message", everyItem(not(containsString("System error"))))
                .body("errors.message", everyItem(not(containsString("Exception"))))
                .body("errors.message", everyItem(not(containsString("java."))))
                .body("errors.message", everyItem(not(containsString("org."))))
                .body("errors.extensions.code", everyItem(notNullValue()))
                .body("errors.extensions.exception", everyItem(nullValue()));
    }
}
