package org.summitgraph.i18n;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** Without `lang`, Accept-Language picks FR, EN or RU by q-value; English otherwise. */
@QuarkusTest
class LanguageNegotiationTest {

    @Test
    void withoutHeaderTextsAreEnglish() {
        GraphQL.ok("personName", "id", "vladimir-putin").body("data.person.defaultName", equalTo("Vladimir Putin"));
    }

    @Test
    void theHighestQValueAmongSupportedLanguagesWins() {
        GraphQL.okWithHeaders("personName", Map.of("Accept-Language", "de-DE, ru;q=0.5, fr-CA;q=0.8"),
                "id", "vladimir-putin")
                .body("data.person.defaultName", equalTo("Vladimir Poutine"));
        GraphQL.okWithHeaders("personName", Map.of("Accept-Language", "fr;q=0.3, ru"), "id", "vladimir-putin")
                .body("data.person.defaultName", equalTo("Владимир Путин"));
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        GraphQL.okWithHeaders("personName", Map.of("Accept-Language", "de, es;q=0.9"), "id", "vladimir-putin")
                .body("data.person.defaultName", equalTo("Vladimir Putin"));
    }

    @Test
    void theLangArgumentOverridesTheHeader() {
        GraphQL.okWithHeaders("personName", Map.of("Accept-Language", "ru"), "id", "vladimir-putin", "lang", "FR")
                .body("data.person.name", equalTo("Vladimir Poutine"))
                .body("data.person.defaultName", equalTo("Владимир Путин"));
    }
}
