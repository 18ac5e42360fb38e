package org.summitgraph.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitgraph.i18n.Language;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.LoudLog;

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

    static Stream<Arguments> malformedAcceptLanguages() {
        return Stream.of(
                Arguments.of(";", "en", "Vladimir Putin"),
                Arguments.of("fr,;", "fr", "Vladimir Poutine"),
                Arguments.of(";q=0.5", "en", "Vladimir Putin"),
                Arguments.of(",,", "en", "Vladimir Putin"),
                Arguments.of("*;q=", "en", "Vladimir Putin"),
                Arguments.of("ru;q=oops, fr;q=0.5", "fr", "Vladimir Poutine"),
                Arguments.of(";".repeat(8_000), "en", "Vladimir Putin"),
                Arguments.of("x-" + "ab-".repeat(2_500) + "ab, ru;q=0.1", "ru", "Владимир Путин"));
    }

    /** A malformed Accept-Language once answered 500: its malformed entries are ignored, the others still count. */
    @ParameterizedTest
    @MethodSource("malformedAcceptLanguages")
    void aMalformedAcceptLanguageGetsANormalAnswer(String acceptLanguage, String language, String name) {
        try (LoudLog log = LoudLog.record()) {
            GraphQL.okWithHeaders("personName", Map.of("Accept-Language", acceptLanguage), "id", "vladimir-putin")
                    .header("Content-Language", equalTo(language))
                    .body("data.person.defaultName", equalTo(name));
            assertEquals(List.of(), log.lines());
        }
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
