package org.summitgraph.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** Person.positions(asOf): only the posts held on that day; every post without a date. */
@QuarkusTest
class PositionsAsOfTest {

    @Test
    void semerikovWasActingSecretaryGeneralInMarch2017() {
        GraphQL.ok("personPositionsAsOf", "id", "valery-semerikov", "asOf", "2017-03-01")
                .body("data.person.positions", hasSize(1))
                .body("data.person.positions[0].kind", equalTo("SECRETARY_GENERAL"))
                .body("data.person.positions[0].acting", equalTo(true))
                .body("data.person.positions[0].organization.code", equalTo("CSTO"))
                .body("data.person.positions[0].start", equalTo("2017-01-01"))
                .body("data.person.positions[0].end", equalTo("2017-05-01"));
    }

    @Test
    void bothEndsOfATermAreIncluded() {
        GraphQL.ok("personPositionsAsOf", "id", "valery-semerikov", "asOf", "2017-05-01")
                .body("data.person.positions.start", contains("2017-01-01"));
        GraphQL.ok("personPositionsAsOf", "id", "valery-semerikov", "asOf", "2018-11-03")
                .body("data.person.positions.start", contains("2018-11-03"));
        // the day after the first term ended, Khachaturov held the post
        GraphQL.ok("personPositionsAsOf", "id", "valery-semerikov", "asOf", "2017-05-02")
                .body("data.person.positions", empty());
    }

    @Test
    void semerikovHeldNoPostInJune2020() {
        GraphQL.ok("personPositionsAsOf", "id", "valery-semerikov", "asOf", "2020-06-01")
                .body("data.person.positions", empty());
    }

    @Test
    void withoutDateEveryPostOldestFirst() {
        GraphQL.ok("personPositionsAsOf", "id", "valery-semerikov", "asOf", null)
                .body("data.person.positions", hasSize(2))
                .body("data.person.positions.start", contains("2017-01-01", "2018-11-03"))
                .body("data.person.positions.end", contains("2017-05-01", "2019-12-31"));
    }

    @Test
    void anOpenEndedPostIsHeldAnyDayAfterItsStart() {
        GraphQL.ok("personPositionsAsOf", "id", "vladimir-putin", "asOf", "2030-01-01")
                .body("data.person.positions.kind", contains("HEAD_OF_STATE"));
    }
}
