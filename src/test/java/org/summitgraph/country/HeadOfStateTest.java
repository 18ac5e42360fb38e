package org.summitgraph.country;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** Country.headOfState(asOf): who held the post on that day, today by default. */
@QuarkusTest
class HeadOfStateTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "RU, 2025-01-01, vladimir-putin",
            "RU, 2012-05-07, vladimir-putin",
            "KG, 2025-06-01, sadyr-japarov",
            "KG, 2021-01-28, sadyr-japarov",
            "BY, 2000-01-01, alexander-lukashenko" })
    void headOfStateOnADay(String country, String asOf, String person) {
        GraphQL.ok("headOfState", "code", country, "asOf", asOf)
                .body("data.country.code", equalTo(country))
                .body("data.country.headOfState.id", equalTo(person));
    }

    @ParameterizedTest(name = "{0} on {1}: unknown")
    @CsvSource({
            // Japarov took office on 2021-01-28; nobody before him is on record
            "KG, 2020-01-01",
            "KG, 2021-01-27",
            "RU, 2012-05-06" })
    void nobodyBeforeTheFirstKnownTerm(String country, String asOf) {
        GraphQL.ok("headOfState", "code", country, "asOf", asOf)
                .body("data.country.code", equalTo(country))
                .body("data.country.headOfState", nullValue());
    }

    @Test
    void withoutDateTheHeadOfStateIsTodays() {
        // today is FixedClockProducer.TODAY, 2026-06-15
        GraphQL.ok("headOfState", "code", "RU", "asOf", null)
                .body("data.country.headOfState.id", equalTo("vladimir-putin"));
    }
}
