package org.summitgraph.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The one Accept-Language parser (request texts and Content-Language) is total: what does not parse is ignored. */
class AcceptLanguageParserTest {

    static Stream<Arguments> hostileHeaders() {
        return Stream.of(
                Arguments.of(";", Language.EN),
                Arguments.of(";;", Language.EN),
                Arguments.of(";q=0.5", Language.EN),
                Arguments.of(",,", Language.EN),
                Arguments.of(",", Language.EN),
                Arguments.of("", Language.EN),
                Arguments.of("   ", Language.EN),
                Arguments.of("*;q=", Language.EN),
                Arguments.of("*", Language.EN),
                Arguments.of("-", Language.EN),
                Arguments.of("fr-", Language.EN),
                Arguments.of("-fr", Language.EN),
                Arguments.of("fr;", Language.EN),
                Arguments.of("fr;q", Language.EN),
                Arguments.of("fr;q=", Language.EN),
                Arguments.of("fr;=0.5", Language.EN),
                Arguments.of("fr;q=abc", Language.EN),
                Arguments.of("fr;q=NaN", Language.EN),
                Arguments.of("fr;q=Infinity", Language.EN),
                Arguments.of("fr;q=1e3", Language.EN),
                Arguments.of("fr;q=-1", Language.EN),
                Arguments.of("fr;q=2", Language.EN),
                Arguments.of("fr;q=1.5", Language.EN),
                Arguments.of("fr;q=0.1234", Language.EN),
                Arguments.of("fr;q=0", Language.EN),
                Arguments.of("fr_FR", Language.EN),
                Arguments.of("fr-toolongsubtag", Language.EN),
                Arguments.of("f\u0000r", Language.EN),
                Arguments.of("фр", Language.EN),
                // malformed entries are skipped, the valid ones still count
                Arguments.of("fr,;", Language.FR),
                Arguments.of(";,ru", Language.RU),
                Arguments.of(",,fr,,", Language.FR),
                Arguments.of("fr;q=oops, ru;q=0.1", Language.RU),
                Arguments.of("ru;q=1.5, fr;q=0.2", Language.FR),
                Arguments.of("fr;;q=0.9, ru;q=0.5", Language.RU),
                Arguments.of("ru;q=0.9;q=0.8, fr;q=0.1", Language.FR),
                Arguments.of("en-" + "a".repeat(100) + ", ru;q=0.1", Language.RU),
                Arguments.of(",".repeat(20_000), Language.EN),
                Arguments.of(";".repeat(20_000), Language.EN),
                Arguments.of("fr-" + "ab-".repeat(5_000) + "ab", Language.EN),
                Arguments.of("x;q=0.5,".repeat(2_000) + "fr;q=0.6", Language.FR),
                Arguments.of("q=".repeat(5_000), Language.EN));
    }

    @ParameterizedTest
    @MethodSource("hostileHeaders")
    void aMalformedEntryIsIgnoredAndNothingThrows(String header, Language expected) {
        assertEquals(expected, RequestLanguage.fromAcceptLanguage(header));
    }

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                        | EN",
            "fr                          | FR",
            "FR-ca                       | FR",
            "ru-RU, fr;q=0.9             | RU",
            "de-DE, ru;q=0.5, fr-CA;q=0.8 | FR",
            "fr;q=0.3, ru                | RU",
            "fr ; q=0.7 , ru ;q=0.6      | FR",
            "fr;Q=0.7, ru;q=0.6          | FR",
            "ru;q=1.000, fr              | RU",
            "fr;q=0., ru;q=0.001         | RU",
            "de, es;q=0.9                | EN",
            "zh-Hant-TW, fr;q=0.5        | FR",
            "*, ru;q=0.5                 | RU" })
    void wellFormedHeadersAreNegotiatedAsBefore(String header, Language expected) {
        assertEquals(expected, RequestLanguage.fromAcceptLanguage(header));
    }
}
