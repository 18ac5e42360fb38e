package org.summitgraph.http.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.i18n.Language;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** GET queries carry an ETag and Cache-Control, and If-None-Match gets 304 while the data is unchanged. */
@QuarkusTest
class HttpCacheTest {

    @Inject Fixtures fixtures;

    private static ValidatableResponse get(String document, Map<String, Object> variables, Map<String, String> headers) {
        return given().headers(headers)
                .queryParam("query", GraphQL.document(document))
                .queryParam("variables", new JsonObject(variables).encode())
                .when().get("/graphql").then();
    }

    private String organizationWithOneSummit() {
        String organization = fixtures.organization("moscow");
        fixtures.summit(organization, LocalDate.of(2026, 3, 1), SummitStatus.HELD);
        return organization;
    }

    @Test
    void anUnchangedAnswerIsNotSentAgain() {
        Map<String, Object> variables = Map.of("organization", organizationWithOneSummit());
        String etag = get("summitCount", variables, Map.of()).statusCode(200)
                .body("errors", nullValue())
                .body("data.summits.totalCount", equalTo(1))
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", containsString("Accept"))
                .header("ETag", startsWith("W/\""))
                .extract().header("ETag");

        get("summitCount", variables, Map.of("If-None-Match", etag)).statusCode(304)
                .header("ETag", etag)
                .body(emptyString());
        get("summitCount", variables, Map.of("If-None-Match", "W/\"other\", " + etag)).statusCode(304);
    }

    @Test
    void aChangeOfTheDataGivesTheNewAnswerAndANewTag() {
        Map<String, Object> variables = Map.of("organization", organizationWithOneSummit());
        String before = get("summitCount", variables, Map.of()).statusCode(200)
                .body("data.summits.totalCount", equalTo(1)).extract().header("ETag");

        fixtures.summit((String) variables.get("organization"), LocalDate.of(2026, 4, 1), SummitStatus.HELD);

        String after = get("summitCount", variables, Map.of("If-None-Match", before)).statusCode(200)
                .body("errors", nullValue())
                .body("data.summits.totalCount", equalTo(2))
                .extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void theTagDependsOnTheVariablesAndTheLanguage() {
        Map<String, Object> csto = Map.of("code", "CSTO");
        String english = get("apqOrganization", csto, Map.of("Accept-Language", "en")).statusCode(200)
                .body("data.organization.name", equalTo("Collective Security Treaty Organization"))
                .extract().header("ETag");
        String french = get("apqOrganization", csto, Map.of("Accept-Language", "fr", "If-None-Match", english))
                .statusCode(200)
                .body("data.organization.name", equalTo("Organisation du traité de sécurité collective"))
                .extract().header("ETag");
        assertNotEquals(english, french);
        assertEquals(french, get("apqOrganization", csto, Map.of("Accept-Language", "fr")).statusCode(200)
                .extract().header("ETag"));
    }

    @Test
    void anAnswerWithErrorsIsNotCacheable() {
        get("summitPage", Map.of("first", 1000), Map.of()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue());
    }

    @Test
    void theChangeLogAskedWithATokenIsKeptOnlyByTheClient() {
        Map<String, String> editor = Tokens.bearer(Tokens.editor());
        String etag = get("changes", Map.of("first", 1), editor).statusCode(200)
                .body("errors", nullValue())
                .body("data.changes.totalCount", notNullValue())
                .header("Cache-Control", equalTo("private, no-cache"))
                .extract().header("ETag");
        assertVariesOnAuthorization(get("changes", Map.of("first", 1), editor));

        Map<String, String> revalidation = new HashMap<>(editor);
        revalidation.put("If-None-Match", etag);
        get("changes", Map.of("first", 1), revalidation).statusCode(304)
                .header("Cache-Control", equalTo("private, no-cache"));
        // another token, or none, never matches the tag of this one's answer
        Map<String, String> other = new HashMap<>(Tokens.bearer(Tokens.admin()));
        other.put("If-None-Match", etag);
        get("changes", Map.of("first", 1), other).statusCode(200).body("errors", nullValue());
        get("changes", Map.of("first", 1), Map.of("If-None-Match", etag)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void aPublicQueryWithCredentialsIsPrivateAndAnAnonymousOneVariesOnThem() {
        Map<String, Object> variables = Map.of("organization", "CSTO");
        assertVariesOnAuthorization(get("summitCount", variables, Tokens.bearer(Tokens.editor())).statusCode(200)
                .body("errors", nullValue())
                .header("Cache-Control", equalTo("private, no-cache")));
        assertVariesOnAuthorization(get("summitCount", variables, Map.of()).statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60")));
    }

    /** Vary may come in several header lines (Accept-Language has one of its own). */
    private static void assertVariesOnAuthorization(ValidatableResponse response) {
        List<String> vary = response.extract().headers().getValues("Vary");
        assertTrue(String.join(",", vary).contains("Authorization"), "Vary: " + vary);
    }

    @Test
    void postAnswersCarryNoTag() {
        GraphQL.ok("summitCount", "organization", "CSTO")
                .header("ETag", nullValue())
                .header("Cache-Control", not(containsString("max-age")));
    }
}
