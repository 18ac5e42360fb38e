package org.summitgraph.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/** createOrganization and setChairmanship. */
@QuarkusTest
class OrganizationEditingTest {

    @Inject Fixtures fixtures;

    @Test
    void createOrganizationWithItsNamesSeatAndSources() {
        String code = "N" + Fixtures.unique().toUpperCase();
        String source = fixtures.source();

        GraphQL.okWithHeaders("createOrganization", EDITOR, "input", Inputs.of("code", code,
                "name", "Test Cooperation Organization", "nameFr", "Organisation de coopération de test",
                "nameRu", "Тестовая организация", "acronym", "TCO", "acronymFr", "OCT", "headquarters", "minsk",
                "sources", List.of(source)))
                .body("data.createOrganization.code", equalTo(code))
                .body("data.createOrganization.id", equalTo(code.toLowerCase()))
                .body("data.createOrganization.name", equalTo("Test Cooperation Organization"))
                .body("data.createOrganization.nameFr", equalTo("Organisation de coopération de test"))
                .body("data.createOrganization.nameRu", equalTo("Тестовая организация"))
                .body("data.createOrganization.acronym", equalTo("TCO"))
                .body("data.createOrganization.acronymFr", equalTo("OCT"))
                .body("data.createOrganization.headquarters.id", equalTo("minsk"))
                .body("data.createOrganization.sources.id", contains(source));

        GraphQL.ok("editedOrganization", "code", code)
                .body("data.organization.id", equalTo(code.toLowerCase()))
                .body("data.organization.name", equalTo("Test Cooperation Organization"))
                .body("data.organization.nameFr", equalTo("Organisation de coopération de test"))
                .body("data.organization.acronym", equalTo("TCO"))
                .body("data.organization.headquarters.id", equalTo("minsk"))
                .body("data.organization.sources.id", contains(source))
                .body("data.organization.memberships", empty());
    }

    @Test
    void anExistingCodeIsADuplicate() {
        String existing = fixtures.organization("moscow");

        refused(GraphQL.send("createOrganization", EDITOR, "input", Inputs.of("code", existing,
                "name", "Another name", "acronym", "AN")), "DUPLICATE")
                .body("errors[0].message", containsString(existing));
        GraphQL.ok("editedOrganization", "code", existing)
                .body("data.organization.name", equalTo("Test organization " + existing));
    }

    @Test
    void anUnknownSeatIsNotFound() {
        String code = "N" + Fixtures.unique().toUpperCase();

        refused(GraphQL.send("createOrganization", EDITOR, "input", Inputs.of("code", code, "name", "Nowhere",
                "acronym", "NW", "headquarters", "atlantis-" + Fixtures.unique())), "NOT_FOUND");
        GraphQL.ok("editedOrganization", "code", code).body("data.organization", nullValue());
    }

    @Test
    void setChairmanshipRecordsWhoChairsOverAPeriod() {
        String organization = fixtures.organization("moscow");
        String source = fixtures.source();

        GraphQL.okWithHeaders("setChairmanship", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KZ", "start", "2020-01-01", "end", "2020-12-31", "sources", List.of(source)))
                .body("data.setChairmanship.country.code", equalTo("KZ"))
                .body("data.setChairmanship.start", equalTo("2020-01-01"))
                .body("data.setChairmanship.end", equalTo("2020-12-31"))
                .body("data.setChairmanship.sources.id", contains(source));
        // from the next day
        GraphQL.okWithHeaders("setChairmanship", EDITOR, "input", Inputs.of("organization", organization,
                "country", "RU", "start", "2021-01-01", "end", "2021-12-31"));

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2020-12-31")
                .body("data.organization.chair.code", equalTo("KZ"))
                .body("data.organization.chairmanships.country.code", contains("KZ", "RU"))
                .body("data.organization.chairmanships.start", contains("2020-01-01", "2021-01-01"))
                .body("data.organization.chairmanships.end", contains("2020-12-31", "2021-12-31"))
                .body("data.organization.chairmanships[0].sources.id", contains(source));
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2021-01-01")
                .body("data.organization.chair.code", equalTo("RU"));
    }

    @Test
    void aChairmanshipWithoutEndIsOpenEnded() {
        String organization = fixtures.organization("moscow");

        GraphQL.okWithHeaders("setChairmanship", EDITOR, "input", Inputs.of("organization", organization,
                "country", "RU", "start", "2021-01-01"))
                .body("data.setChairmanship.country.code", equalTo("RU"))
                .body("data.setChairmanship.end", nullValue());

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.chair.code", equalTo("RU"))
                .body("data.organization.chairmanships.country.code", contains("RU"))
                .body("data.organization.chairmanships[0].end", nullValue());
    }

    @Test
    void overlappingChairmanshipsAreRefused() {
        String organization = fixtures.organization("moscow");
        fixtures.chairmanship(organization, "BY", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

        // sharing the last day, inside, and around
        for (Map<String, Object> period : List.of(
                Inputs.of("start", "2020-12-31", "end", "2021-06-30"),
                Inputs.of("start", "2020-03-01", "end", "2020-04-01"),
                Inputs.of("start", "2019-01-01", "end", "2021-01-01"))) {
            refused(GraphQL.send("setChairmanship", EDITOR, "input",
                    Inputs.with(period, "organization", organization, "country", "AM")), "OVERLAPPING_TERMS");
        }

        GraphQL.ok("editedOrganization", "code", organization)
                .body("data.organization.chairmanships.country.code", contains("BY"));
    }

    @Test
    void anOpenEndedChairmanshipOverlappingAnotherIsRefused() {
        String organization = fixtures.organization("moscow");
        fixtures.chairmanship(organization, "BY", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

        refused(GraphQL.send("setChairmanship", EDITOR, "input", Inputs.of("organization", organization,
                "country", "AM", "start", "2019-06-01")), "OVERLAPPING_TERMS");
        GraphQL.ok("editedOrganization", "code", organization)
                .body("data.organization.chairmanships.country.code", contains("BY"));
    }

    @Test
    void aPeriodAfterAnOpenEndedChairmanshipOverlapsIt() {
        String organization = fixtures.organization("moscow");
        fixtures.chairmanship(organization, "BY", LocalDate.of(2020, 1, 1), null);

        refused(GraphQL.send("setChairmanship", EDITOR, "input", Inputs.of("organization", organization,
                "country", "AM", "start", "2030-01-01", "end", "2030-12-31")), "OVERLAPPING_TERMS");
        GraphQL.ok("editedOrganization", "code", organization)
                .body("data.organization.chairmanships.country.code", contains("BY"));
    }

    @Test
    void aChairmanshipEndingBeforeItStartsIsBadInput() {
        String organization = fixtures.organization("moscow");

        refused(GraphQL.send("setChairmanship", EDITOR, "input", Inputs.of("organization", organization,
                "country", "AM", "start", "2020-02-01", "end", "2020-01-31")), "BAD_USER_INPUT");
        GraphQL.ok("editedOrganization", "code", organization).body("data.organization.chairmanships", empty());
    }

    @Test
    void setChairmanshipRefusesUnknownReferences() {
        String organization = fixtures.organization("moscow");
        Map<String, Object> input = Inputs.of("organization", organization, "country", "AM", "start", "2020-01-01",
                "end", "2020-12-31");

        refused(GraphQL.send("setChairmanship", EDITOR, "input",
                Inputs.with(input, "organization", "NOSUCH" + Fixtures.unique().toUpperCase())), "NOT_FOUND");
        refused(GraphQL.send("setChairmanship", EDITOR, "input", Inputs.with(input, "country", "ZZ")), "NOT_FOUND");
        refused(GraphQL.send("setChairmanship", EDITOR, "input",
                Inputs.with(input, "sources", List.of("no-such-source-" + Fixtures.unique()))), "NOT_FOUND");
        GraphQL.ok("editedOrganization", "code", organization).body("data.organization.chairmanships", empty());
    }
}
