package org.summitgraph.summit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.ADMIN;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.ChangeLog;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Scheduling, updating, rescheduling, cancelling, marking held and deleting summits. */
@QuarkusTest
class SummitEditingTest {

    @Inject Fixtures fixtures;

    @Test
    void scheduleSummitTakesTheContractInputAndDefaultsTheIdFromOrganizationDateAndCity() {
        String organization = fixtures.organization("moscow");
        String expectedId = organization.toLowerCase() + "-2027-05-01-moscow";

        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", "2027-05-01", "title", "Session in Moscow", "city", "Moscow", "hostCountry", "RU"))
                .body("data.scheduleSummit.id", equalTo(expectedId))
                .body("data.scheduleSummit.organization.code", equalTo(organization))
                .body("data.scheduleSummit.title", equalTo("Session in Moscow"))
                .body("data.scheduleSummit.date", equalTo("2027-05-01"))
                .body("data.scheduleSummit.status", equalTo("SCHEDULED"))
                .body("data.scheduleSummit.kind", equalTo("REGULAR"))
                .body("data.scheduleSummit.city.id", equalTo("moscow"))
                .body("data.scheduleSummit.hostCountry.code", equalTo("RU"))
                .body("data.scheduleSummit.version", equalTo(0));

        GraphQL.ok("editedSummit", "id", expectedId)
                .body("data.summit.organization.code", equalTo(organization))
                .body("data.summit.title", equalTo("Session in Moscow"))
                .body("data.summit.date", equalTo("2027-05-01"))
                .body("data.summit.status", equalTo("SCHEDULED"))
                .body("data.summit.city.id", equalTo("moscow"))
                .body("data.summit.hostCountry.code", equalTo("RU"));
    }

    @Test
    void aSecondSummitOnTheSameDayInTheSameCityIsTheSameMeetingAndWritesNothing() {
        String organization = fixtures.organization("moscow");
        String first = organization.toLowerCase() + "-2027-05-01-moscow";
        Map<String, Object> input = Inputs.of("organization", organization, "date", "2027-05-01", "title", "First",
                "city", "Moscow");
        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", input).body("data.scheduleSummit.id", equalTo(first));
        int changes = ChangeLog.total();

        refused(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.with(input, "title", "Second")), "DUPLICATE")
                .body("errors[0].message", containsString(first));
        // under an id of its own, it is still the same meeting
        refused(GraphQL.send("scheduleSummit", EDITOR, "input",
                Inputs.with(input, "id", "test-" + Fixtures.unique())), "DUPLICATE")
                .body("errors[0].message", containsString(first));

        GraphQL.ok("summitsOfOrganization", "organization", organization)
                .body("data.summits.nodes.id", contains(first))
                .body("data.summits.nodes.title", contains("First"));
        assertEquals(changes, ChangeLog.total(), "no change-log entry for a refused schedule");
        // another city that day is another meeting
        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", Inputs.with(input, "city", "Astana"))
                .body("data.scheduleSummit.id", equalTo(organization.toLowerCase() + "-2027-05-01-astana"));
    }

    @Test
    void twoVideoconferencesOnOneDayAreTheSameMeeting() {
        String organization = fixtures.organization("moscow");
        Map<String, Object> input = Inputs.of("organization", organization, "date", "2027-09-09", "title", "Online");
        String first = GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", input).extract()
                .path("data.scheduleSummit.id");

        refused(GraphQL.send("scheduleSummit", EDITOR, "input", input), "DUPLICATE")
                .body("errors[0].message", containsString(first));
        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(1));
    }

    @Test
    void aDeletedSummitCanBeScheduledAgainUnderANewId() {
        String organization = fixtures.organization("moscow");
        String first = organization.toLowerCase() + "-2027-05-01-moscow";
        Map<String, Object> input = Inputs.of("organization", organization, "date", "2027-05-01", "title", "Session",
                "city", "Moscow");
        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", input).body("data.scheduleSummit.id", equalTo(first));
        GraphQL.okWithHeaders("deleteSummit", ADMIN, "id", first);

        // the deleted summit's id names it forever: the meeting scheduled again gets another one
        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", input)
                .body("data.scheduleSummit.id", equalTo(first + "-2"));
        GraphQL.ok("editedSummit", "id", first).body("data.summit", nullValue());
        GraphQL.ok("editedNode", "id", first).body("data.node", nullValue());
        refused(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.with(input, "date", "2027-06-01", "id", first)),
                "DUPLICATE").body("errors[0].message", containsString("deleted"));
        GraphQL.ok("summitsOfOrganization", "organization", organization)
                .body("data.summits.nodes.id", contains(first + "-2"));
    }

    @Test
    void scheduleSummitTakesTheOptionalFieldsAndTheHostDefaultsToTheCitysState() {
        String organization = fixtures.organization("moscow");
        String source = fixtures.source();
        String id = "test-" + Fixtures.unique();

        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", "2028-02-03", "title", "Jubilee", "titleFr", "Jubilé", "titleRu", "Юбилей", "city", "bishkek",
                "id", id, "kind", "ANNIVERSARY", "sources", java.util.List.of(source)))
                .body("data.scheduleSummit.id", equalTo(id))
                .body("data.scheduleSummit.hostCountry.code", equalTo("KG"))
                .body("data.scheduleSummit.kind", equalTo("ANNIVERSARY"));

        GraphQL.ok("editedSummit", "id", id)
                .body("data.summit.title", equalTo("Jubilee"))
                .body("data.summit.titleFr", equalTo("Jubilé"))
                .body("data.summit.titleRu", equalTo("Юбилей"))
                .body("data.summit.kind", equalTo("ANNIVERSARY"))
                .body("data.summit.city.id", equalTo("bishkek"))
                .body("data.summit.hostCountry.code", equalTo("KG"))
                .body("data.summit.sources.id", contains(source));
    }

    @Test
    void aSummitWithoutCityIsAVideoconference() {
        String organization = fixtures.organization("moscow");
        String expectedId = organization.toLowerCase() + "-2027-09-09-videoconference";

        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", "2027-09-09", "title", "Online session", "hostCountry", "AM"))
                .body("data.scheduleSummit.id", equalTo(expectedId))
                .body("data.scheduleSummit.city", nullValue())
                .body("data.scheduleSummit.hostCountry.code", equalTo("AM"));
        GraphQL.ok("editedSummit", "id", expectedId).body("data.summit.city", nullValue());
    }

    @Test
    void scheduleSummitRefusesUnknownReferences() {
        String organization = fixtures.organization("moscow");
        Map<String, Object> input = Inputs.of("organization", organization, "date", "2027-05-01", "title", "T",
                "city", "Moscow");

        refused(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.with(input, "organization", "NOSUCHORG")),
                "NOT_FOUND").body("errors[0].message", containsString("NOSUCHORG"));
        refused(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.with(input, "city", "Atlantis")), "NOT_FOUND")
                .body("errors[0].message", containsString("Atlantis"));
        refused(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.with(input, "hostCountry", "ZZ")), "NOT_FOUND");
        refused(GraphQL.send("scheduleSummit", EDITOR, "input",
                Inputs.with(input, "sources", java.util.List.of("no-such-source-" + Fixtures.unique()))), "NOT_FOUND");

        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
    }

    @Test
    void anIdTakenByAnyObjectIsADuplicate() {
        String organization = fixtures.organization("moscow");
        // ids are unique across types: a person's id cannot name a summit
        String personId = fixtures.person(null);

        refused(GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", "2027-05-01", "title", "T", "id", personId)), "DUPLICATE")
                .body("errors[0].message", containsString(personId));

        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
    }

    @Test
    void updateSummitChangesWhatIsSentAndKeepsTheRest() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 3, 1), SummitStatus.SCHEDULED);
        String next = fixtures.summit(organization, LocalDate.of(2028, 3, 1), SummitStatus.SCHEDULED);
        int version = version(summit);

        GraphQL.okWithHeaders("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "title", "Renamed", "titleFr", "Renommé", "kind", "EXTRAORDINARY", "venue", "Kremlin",
                "nextMeeting", next))
                .body("data.updateSummit.title", equalTo("Renamed"))
                .body("data.updateSummit.titleFr", equalTo("Renommé"))
                .body("data.updateSummit.kind", equalTo("EXTRAORDINARY"))
                .body("data.updateSummit.venue", equalTo("Kremlin"))
                .body("data.updateSummit.nextMeeting.id", equalTo(next))
                .body("data.updateSummit.version", equalTo(version + 1));

        // only the English title is sent: the French one stays
        GraphQL.okWithHeaders("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version + 1,
                "title", "Renamed again"));

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.title", equalTo("Renamed again"))
                .body("data.summit.titleFr", equalTo("Renommé"))
                .body("data.summit.kind", equalTo("EXTRAORDINARY"))
                .body("data.summit.venue", equalTo("Kremlin"))
                .body("data.summit.nextMeeting.id", equalTo(next))
                .body("data.summit.date", equalTo("2027-03-01"))
                .body("data.summit.status", equalTo("SCHEDULED"))
                .body("data.summit.version", equalTo(version + 2));
    }

    @Test
    void anEditBasedOnAStaleVersionIsAConflict() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 3, 1), SummitStatus.SCHEDULED);
        int version = version(summit);
        GraphQL.okWithHeaders("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "title", "First edit"));

        // a second client still holding the first version
        refused(GraphQL.send("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "title", "Lost edit")), "CONFLICT");
        refused(GraphQL.send("cancelSummit", EDITOR, "input", Inputs.of("id", summit, "version", version)), "CONFLICT");
        refused(GraphQL.send("rescheduleSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "date", "2027-04-01")), "CONFLICT");

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.title", equalTo("First edit"))
                .body("data.summit.status", equalTo("SCHEDULED"))
                .body("data.summit.date", equalTo("2027-03-01"))
                .body("data.summit.version", equalTo(version + 1));
    }

    @Test
    void theNextMeetingMustBeLater() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 3, 1), SummitStatus.SCHEDULED);
        String sameDay = fixtures.summitIn(organization, LocalDate.of(2027, 3, 1), "bishkek");
        String earlier = fixtures.summit(organization, LocalDate.of(2026, 3, 1), SummitStatus.HELD);
        int version = version(summit);

        refused(GraphQL.send("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "nextMeeting", sameDay)), "NEXT_MEETING_NOT_LATER");
        refused(GraphQL.send("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "nextMeeting", earlier, "title", "Not saved")), "NEXT_MEETING_NOT_LATER");
        refused(GraphQL.send("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "nextMeeting", "no-such-summit-" + Fixtures.unique())), "NOT_FOUND");

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.nextMeeting", nullValue())
                .body("data.summit.title", containsString("Test summit"))
                .body("data.summit.version", equalTo(version));
    }

    @Test
    void rescheduleSummitMovesItToAnotherDayAndCity() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 3, 1), SummitStatus.SCHEDULED);
        int version = version(summit);

        GraphQL.okWithHeaders("rescheduleSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "date", "2027-04-15", "city", "Astana"))
                .body("data.rescheduleSummit.date", equalTo("2027-04-15"))
                .body("data.rescheduleSummit.status", equalTo("SCHEDULED"))
                .body("data.rescheduleSummit.city.id", equalTo("astana"))
                .body("data.rescheduleSummit.hostCountry.code", equalTo("KZ"))
                .body("data.rescheduleSummit.version", equalTo(version + 1));

        // a new date only: the city stays; an explicit host overrides the city's state
        GraphQL.okWithHeaders("rescheduleSummit", EDITOR, "input", Inputs.of("id", summit, "version", version + 1,
                "date", "2027-05-20", "hostCountry", "BY"));

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.date", equalTo("2027-05-20"))
                .body("data.summit.city.id", equalTo("astana"))
                .body("data.summit.hostCountry.code", equalTo("BY"))
                .body("data.summit.status", equalTo("SCHEDULED"));
    }

    @Test
    void aSummitCannotBeRescheduledAfterTheNextMeetingItAnnounced() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 3, 1), SummitStatus.SCHEDULED);
        String next = fixtures.summit(organization, LocalDate.of(2027, 9, 1), SummitStatus.SCHEDULED);
        GraphQL.okWithHeaders("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version(summit),
                "nextMeeting", next));

        refused(GraphQL.send("rescheduleSummit", EDITOR, "input", Inputs.of("id", summit, "version", version(summit),
                "date", "2027-10-01")), "NEXT_MEETING_NOT_LATER");
        // nor the announced one before the summit that announced it
        refused(GraphQL.send("rescheduleSummit", EDITOR, "input", Inputs.of("id", next, "version", version(next),
                "date", "2027-02-01")), "NEXT_MEETING_NOT_LATER");

        GraphQL.ok("editedSummit", "id", summit).body("data.summit.date", equalTo("2027-03-01"));
        GraphQL.ok("editedSummit", "id", next).body("data.summit.date", equalTo("2027-09-01"));
    }

    @Test
    void aSummitCannotBeRescheduledOntoAnotherMeetingOfItsOrganization() {
        String organization = fixtures.organization("moscow");
        String there = fixtures.summitIn(organization, LocalDate.of(2027, 4, 15), "astana");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 3, 1), SummitStatus.SCHEDULED);

        refused(GraphQL.send("rescheduleSummit", EDITOR, "input", Inputs.of("id", summit, "version", version(summit),
                "date", "2027-04-15", "city", "Astana")), "DUPLICATE").body("errors[0].message", containsString(there));
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.date", equalTo("2027-03-01"));
        // moved within its own day and city, it is still the one meeting
        GraphQL.okWithHeaders("rescheduleSummit", EDITOR, "input", Inputs.of("id", summit, "version", version(summit),
                "date", "2027-03-01"));
    }

    @Test
    void aHeldSummitCannotBeRescheduled() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2025, 3, 1), SummitStatus.HELD);

        refused(GraphQL.send("rescheduleSummit", EDITOR, "input", Inputs.of("id", summit, "version", version(summit),
                "date", "2027-01-01")), "INVALID_STATUS");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.date", equalTo("2025-03-01"));
    }

    @Test
    void cancelSummitCancelsAScheduledSummit() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 3, 1), SummitStatus.SCHEDULED);
        int version = version(summit);

        GraphQL.okWithHeaders("cancelSummit", EDITOR, "input", Inputs.of("id", summit, "version", version))
                .body("data.cancelSummit.id", equalTo(summit))
                .body("data.cancelSummit.status", equalTo("CANCELLED"))
                .body("data.cancelSummit.version", equalTo(version + 1));
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.status", equalTo("CANCELLED"));
    }

    @Test
    void aHeldSummitCannotBeCancelled() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2025, 3, 1), SummitStatus.HELD);

        refused(GraphQL.send("cancelSummit", EDITOR, "input", Inputs.of("id", summit, "version", version(summit))),
                "INVALID_STATUS");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.status", equalTo("HELD"));
    }

    @Test
    void markSummitHeldRecordsASummitDatedBeforeToday() {
        String organization = fixtures.organization("moscow");
        // the day before the fixed today, 2026-06-15
        String summit = fixtures.summit(organization, LocalDate.of(2026, 6, 14), SummitStatus.SCHEDULED);
        int version = version(summit);

        GraphQL.okWithHeaders("markSummitHeld", EDITOR, "input", Inputs.of("id", summit, "version", version))
                .body("data.markSummitHeld.status", equalTo("HELD"))
                .body("data.markSummitHeld.version", equalTo(version + 1));
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.status", equalTo("HELD"));
    }

    @Test
    void aSummitDatedTodayMayBeMarkedHeld() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2026, 6, 15), SummitStatus.SCHEDULED);

        GraphQL.okWithHeaders("markSummitHeld", EDITOR, "input", Inputs.of("id", summit, "version", version(summit)))
                .body("data.markSummitHeld.status", equalTo("HELD"));
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.status", equalTo("HELD"));
    }

    @Test
    void aSummitDatedAfterTodayCannotBeMarkedHeld() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2026, 6, 16), SummitStatus.SCHEDULED);

        refused(GraphQL.send("markSummitHeld", EDITOR, "input", Inputs.of("id", summit, "version", version(summit))),
                "HELD_IN_FUTURE").body("errors[0].message", containsString("2026-06-15"));
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.status", equalTo("SCHEDULED"));
    }

    @Test
    void aCancelledSummitCannotBeMarkedHeld() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2026, 1, 10), SummitStatus.CANCELLED);

        refused(GraphQL.send("markSummitHeld", EDITOR, "input", Inputs.of("id", summit, "version", version(summit))),
                "INVALID_STATUS");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.status", equalTo("CANCELLED"));
    }

    @Test
    void deleteSummitRemovesItWithWhatHappenedThereAndTheAnnouncementOfIt() {
        String organization = fixtures.organization("moscow");
        String earlier = fixtures.summit(organization, LocalDate.of(2024, 3, 1), SummitStatus.HELD);
        String summit = fixtures.summits(organization, LocalDate.of(2025, 3, 1)).get(0);
        String document = fixtures.document(summit);
        String statement = GraphQL.ok("editedSummit", "id", summit).extract().path("data.summit.statements[0].id");
        GraphQL.okWithHeaders("updateSummit", EDITOR, "input", Inputs.of("id", earlier, "version", version(earlier),
                "nextMeeting", summit));

        GraphQL.okWithHeaders("deleteSummit", ADMIN, "id", summit).body("data.deleteSummit", equalTo(summit));

        GraphQL.ok("editedSummit", "id", summit).body("data.summit", nullValue());
        GraphQL.ok("editedNode", "id", statement).body("data.node", nullValue());
        GraphQL.ok("editedNode", "id", document).body("data.node", nullValue());
        GraphQL.ok("editedSummit", "id", earlier).body("data.summit.nextMeeting", nullValue());
        GraphQL.ok("summitsOfOrganization", "organization", organization)
                .body("data.summits.nodes.id", contains(earlier));
    }

    @Test
    void deletingAnUnknownSummitIsNotFound() {
        refused(GraphQL.send("deleteSummit", ADMIN, "id", "no-such-summit-" + Fixtures.unique()), "NOT_FOUND");
    }

    private static int version(String summit) {
        JsonPath json = GraphQL.ok("editedSummit", "id", summit).extract().jsonPath();
        assertEquals(summit, json.getString("data.summit.id"));
        return json.getInt("data.summit.version");
    }
}
