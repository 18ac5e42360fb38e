package org.summitgraph.http.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.i18n.Language;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;
import org.summitgraph.support.Tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/**
 * Queries asked again are answered from the answers kept in memory, with the same bytes, until the data
 * changes; nothing that depends on the language, the credentials or an error is handed to another request.
 */
@QuarkusTest
class AnswerCacheTest {

    @Inject Fixtures fixtures;

    @Inject MeterRegistry meters;

    private double hits() {
        return meters.counter("summit_graph_answer_cache_hits").count();
    }

    private static ExtractableResponse<Response> post(String document, Map<String, Object> variables,
            Map<String, String> headers) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).headers(headers)
                .body(new JsonObject().put("query", GraphQL.document(document)).put("variables", variables).encode())
                .when().post("/graphql").then().statusCode(200).extract();
    }

    @Test
    void aQueryAskedAgainGetsTheKeptAnswerWithTheSameBytes() {
        String organization = fixtures.organization("moscow");
        fixtures.summit(organization, LocalDate.of(2026, 3, 1), SummitStatus.HELD);
        Map<String, Object> variables = Map.of("code", organization);

        ExtractableResponse<Response> first = post("organizationProfile", variables, Map.of());
        assertNull(first.path("errors"));
        assertEquals(organization, first.path("data.organization.code"));
        double before = hits();
        ExtractableResponse<Response> second = post("organizationProfile", variables, Map.of());

        assertEquals(before + 1, hits());
        assertEquals(first.asString(), second.asString());
        assertEquals(first.contentType(), second.contentType());
        assertEquals("en", second.header("Content-Language"));
    }

    @Test
    void aChangeOfTheDataIsSeenByTheNextRequest() {
        String organization = fixtures.organization("moscow");
        fixtures.summit(organization, LocalDate.of(2026, 3, 1), SummitStatus.HELD);
        GraphQL.ok("summitCount", "organization", organization).body("data.summits.totalCount", equalTo(1));
        GraphQL.ok("summitCount", "organization", organization).body("data.summits.totalCount", equalTo(1));

        fixtures.summit(organization, LocalDate.of(2026, 4, 1), SummitStatus.HELD);

        GraphQL.ok("summitCount", "organization", organization).body("data.summits.totalCount", equalTo(2));
    }

    @Test
    void aMutationIsSeenByTheNextRequest() {
        String code = Fixtures.unusedCountryCode();
        GraphQL.ok("editedCountry", "code", code).body("data.country", nullValue());
        GraphQL.ok("editedCountry", "code", code).body("data.country", nullValue());

        GraphQL.okWithHeaders("createCountry", Tokens.bearer(Tokens.editor()), "input",
                Inputs.of("code", code, "name", "Cacheland"));

        GraphQL.ok("editedCountry", "code", code).body("data.country.name", equalTo("Cacheland"));
    }

    @Test
    void eachLanguageHasItsOwnAnswer() {
        Map<String, Object> csto = Map.of("code", "CSTO");
        post("apqOrganization", csto, Map.of("Accept-Language", "en"));
        ExtractableResponse<Response> english = post("apqOrganization", csto, Map.of("Accept-Language", "en"));
        ExtractableResponse<Response> french = post("apqOrganization", csto, Map.of("Accept-Language", "fr"));

        assertEquals("Collective Security Treaty Organization", english.path("data.organization.name"));
        assertEquals("Organisation du traité de sécurité collective", french.path("data.organization.name"));
        assertEquals("fr", french.header("Content-Language"));
    }

    @Test
    void answersWithErrorsAreNotKept() {
        GraphQL.send("summitPage", Map.of(), "first", 1000).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        double before = hits();
        GraphQL.send("summitPage", Map.of(), "first", 1000).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));

        assertEquals(before, hits());
    }

    @Test
    void requestsWithCredentialsAreNeverAnsweredFromMemory() {
        Map<String, String> editor = Tokens.bearer(Tokens.editor());
        GraphQL.okWithHeaders("summitCount", editor, "organization", "CSTO");
        double before = hits();
        GraphQL.okWithHeaders("summitCount", editor, "organization", "CSTO");
        assertEquals(before, hits());

        // nor is their answer handed to a request without them
        GraphQL.okWithHeaders("changes", editor, "first", 1);
        GraphQL.send("changes", Map.of(), "first", 1).statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
