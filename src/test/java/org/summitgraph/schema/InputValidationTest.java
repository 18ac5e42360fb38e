package org.summitgraph.schema;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.ChangeLog;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Bean Validation of mutation inputs: BAD_USER_INPUT naming each faulty field by its path
 * (extensions.violations[*].propertyPath and the message), and nothing written.
 */
@QuarkusTest
class InputValidationTest {

    @Inject Fixtures fixtures;

    @Test
    void aBlankTitleIsRefusedWithItsPath() {
        String organization = fixtures.organization("moscow");
        int changes = ChangeLog.total();

        invalid(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", "2027-05-01", "title", "  ", "city", "Moscow")), "scheduleSummit", "title");

        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
        assertEquals(changes, ChangeLog.total());
    }

    @Test
    void everyFaultyFieldIsNamedAndOnlyThose() {
        String organization = fixtures.organization("moscow");

        ValidatableResponse response = GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.of(
                "organization", organization, "date", "2027-05-01", "title", "x".repeat(301), "city", "Moscow",
                "id", "Not A Slug"));
        invalid(response, "scheduleSummit", "title");
        invalid(response, "scheduleSummit", "id");
        response.body("errors[0].extensions.violations", hasSize(2))
                .body("errors[0].extensions.violations.propertyPath",
                        not(hasItem(List.of("scheduleSummit", "input", "city"))));
        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
    }

    @Test
    void aNegativeVersionIsRefused() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2027, 1, 1),
                SummitStatus.SCHEDULED);

        invalid(GraphQL.send("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", -1,
                "title", "Never")), "updateSummit", "version");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.title", containsString("Test summit"));
    }

    @Test
    void aRoleOrKindOutsideCapitalsIsRefused() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 1, 1), SummitStatus.HELD);
        String person = fixtures.person("KG");

        invalid(GraphQL.send("addParticipant", EDITOR, "input", Inputs.of("summit", summit, "person", person,
                "role", "head of state")), "addParticipant", "role");
        invalid(GraphQL.send("addDocument", EDITOR, "input", Inputs.of("summit", summit, "kind", "declaration",
                "action", "SIGNED", "title", "Lower-case kind")), "addDocument", "kind");

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.participants", hasSize(0))
                .body("data.summit.documents", hasSize(0));
    }

    @Test
    void anOverlongQuoteIsRefused() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 1, 1), SummitStatus.HELD);
        String speaker = fixtures.person("KG");

        // the path names the faulty element of the list, the second one
        refused(GraphQL.send("addStatement", EDITOR, "input", Inputs.of("summit", summit, "speaker", speaker,
                "summary", "Fine", "quotes", List.of("short", "q".repeat(2001)))), "BAD_USER_INPUT")
                .body("errors[0].extensions.violations", hasSize(1))
                .body("errors[0].extensions.violations[0].propertyPath.take(4).collect { it.toString() }",
                        contains("addStatement", "input", "quotes", "1"))
                .body("errors[0].message", containsString("input.quotes"));
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.statements", hasSize(0));
    }

    @Test
    void codesOfStatesAndOrganizationsMustHaveTheirForm() {
        invalid(GraphQL.send("createCountry", EDITOR, "input", Inputs.of("code", "xyz", "name", "Lower")),
                "createCountry", "code");
        String code = "lower" + Fixtures.unique();
        invalid(GraphQL.send("createOrganization", EDITOR, "input", Inputs.of("code", code, "name", "Lower",
                "acronym", "L")), "createOrganization", "code");

        GraphQL.ok("editedCountry", "code", "xyz").body("data.country", nullValue());
        GraphQL.ok("editedOrganization", "code", code).body("data.organization", nullValue());
    }

    @Test
    void aBlankNameOrAnOverlongNoteIsRefused() {
        String id = "test-" + Fixtures.unique();
        invalid(GraphQL.send("createPerson", EDITOR, "input", Inputs.of("name", "", "id", id)), "createPerson", "name");
        GraphQL.ok("editedPerson", "id", id).body("data.person", nullValue());

        String organization = fixtures.organization("moscow");
        invalid(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KZ", "status", "ACTIVE", "effective", "2020-01-01", "note", "n".repeat(2001))),
                "changeMembershipStatus", "note");
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships", hasSize(0));
    }

    @Test
    void aValueOfTheWrongTypeIsBadUserInput() {
        String organization = fixtures.organization("moscow");
        // not a day: refused while coercing the variables, before any code runs
        refused(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", "2027-02-30", "title", "No such day")), "BAD_USER_INPUT");
        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
    }

    /**
     * Days are recorded between 0001-01-01 and 9999-12-31, the years `summits(year:)` accepts: year 0 or
     * 999999 (once scheduled as csto-0000-01-01-…) is refused in words, in every mutation that takes a day.
     */
    @Test
    void aDayOutsideYears1To9999IsRefusedInWords() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 1, 1), SummitStatus.SCHEDULED);
        int version = GraphQL.ok("editedSummit", "id", summit).extract().path("data.summit.version");
        String person = fixtures.person("KG");
        int changes = ChangeLog.total();

        for (String day : List.of("0000-01-01", "+999999-01-01", "-0005-06-15", "+10000-01-01")) {
            outOfRange(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                    "date", day, "title", "Out of time", "city", "Minsk")), "scheduleSummit", "date");
        }
        outOfRange(GraphQL.send("rescheduleSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "date", "0000-12-31")), "rescheduleSummit", "date");
        outOfRange(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KZ", "status", "ACTIVE", "effective", "+999999-01-01")), "changeMembershipStatus", "effective");
        outOfRange(GraphQL.send("setChairmanship", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KG", "start", "2020-01-01", "end", "+10000-01-01")), "setChairmanship", "end");
        outOfRange(GraphQL.send("appointHolder", EDITOR, "input", Inputs.of("person", person, "kind", "SECRETARY_GENERAL",
                "title", "Secretary General", "organization", organization, "start", "-0001-01-01")),
                "appointHolder", "start");
        outOfRange(GraphQL.send("createSource", EDITOR, "input", Inputs.of("title", "Undated " + Fixtures.unique(),
                "publishedOn", "0000-01-01")), "createSource", "publishedOn");

        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(1));
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.date", equalTo("2027-01-01"));
        assertEquals(changes, ChangeLog.total());
    }

    @Test
    void theFirstAndLastDaysOfTheRangeAreAccepted() {
        for (String day : List.of("0001-01-01", "9999-12-31")) {
            GraphQL.okWithHeaders("createSource", EDITOR, "input", Inputs.of("title", "Dated " + Fixtures.unique(),
                    "publishedOn", day)).body("data.createSource.publishedOn", equalTo(day));
        }
    }

    private static void outOfRange(ValidatableResponse response, String mutation, String field) {
        invalid(response, mutation, field);
        response.body("errors[0].message", containsString("must be a day between 0001-01-01 and 9999-12-31"));
    }

    @Test
    void aDayThatDoesNotExistWrittenInAnInputIsNamedInWords() {
        String organization = fixtures.organization("moscow");

        // refused while the document is validated: once "Unknown Scalar Type [org...$ScheduleSummitInput]" and the input
        refused(GraphQL.send("scheduleSummitDateLiteral", EDITOR, "organization", organization), "GRAPHQL_VALIDATION_FAILED")
                .body("errors[0].message", equalTo("Argument 'input': field 'date' expects a date (YYYY-MM-DD), "
                        + "e.g. 2026-06-15, not the text \"2025-13-45\""));
        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
    }

    @Test
    void anOverlongTitleIsRefusedInWordsAndShownAsAShortExcerpt() {
        String organization = fixtures.organization("moscow");

        ValidatableResponse response = GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.of("organization",
                organization, "date", "2027-05-01", "title", "x".repeat(90_000), "city", "Moscow"));
        invalid(response, "scheduleSummit", "title");
        response.body("errors[0].message", equalTo("Invalid input: scheduleSummit.input.title must be at most 300 "
                        + "characters long (it has 90000)"))
                .body("errors[0].extensions.violations[0].message",
                        equalTo("must be at most 300 characters long (it has 90000)"))
                .body("errors[0].extensions.violations[0].invalidValue", equalTo("x".repeat(79) + "\u2026"))
                // once with its message template {jakarta.validation.constraints.Size.message}, groups and payload
                .body("errors[0].extensions.violations[0].constraint", equalTo(Map.of("min", 0, "max", 300)));
        String answer = response.extract().asString();
        assertTrue(answer.length() < 1_000, answer.length() + " characters answered");
        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
    }

    /** BAD_USER_INPUT whose violations and message name {@code mutation.input.field}. */
    private static void invalid(ValidatableResponse response, String mutation, String field) {
        refused(response, "BAD_USER_INPUT")
                .body("errors[0].extensions.violations.propertyPath", hasItem(List.of(mutation, "input", field)))
                .body("errors[0].message", containsString("input." + field));
    }
}
