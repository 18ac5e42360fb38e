package org.summitgraph.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Answers to POST /graphql say their language (Content-Language) and that it depends on Accept-Language (Vary). */
@QuarkusTest
class ContentLanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
            "fr-CH, fr;q=0.9, en;q=0.8 | fr | Vladimir Poutine",
            "ru                        | ru | Владимир Путин",
            "de-DE, ru;q=0.5, fr;q=0.8 | fr | Vladimir Poutine",
            "en-GB                     | en | Vladimir Putin",
            "de, es;q=0.9              | en | Vladimir Putin" })
    void contentLanguageIsTheNegotiatedLanguageOfTheTexts(String acceptLanguage, String language, String name) {
        ValidatableResponse response = GraphQL.okWithHeaders("personName", Map.of("Accept-Language", acceptLanguage),
                "id", "vladimir-putin")
                .header("Content-Language", equalTo(language))
                .body("data.person.defaultName", equalTo(name));
        assertVaryAcceptLanguage(response);
    }

    @Test
    void withoutAcceptLanguageTheAnswerIsEnglish() {
        ValidatableResponse response = GraphQL.ok("personName", "id", "vladimir-putin")
                .header("Content-Language", equalTo("en"))
                .body("data.person.defaultName", equalTo("Vladimir Putin"));
        assertVaryAcceptLanguage(response);
    }

    @Test
    void anAnswerWithErrorsSaysItsLanguageToo() {
        ValidatableResponse response = GraphQL.send("unknownField", Map.of("Accept-Language", "ru"))
                .statusCode(200)
                .header("Content-Language", equalTo("ru"));
        assertVaryAcceptLanguage(response);
    }

    /** Vary may come as several headers or as one list: Accept-Language must be among its values. */
    private static void assertVaryAcceptLanguage(ValidatableResponse response) {
        List<String> vary = response.extract().headers().getValues("Vary");
        assertTrue(vary.stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::trim)
                .anyMatch("Accept-Language"::equalsIgnoreCase), () -> "Vary: " + vary);
    }
}
