package org.summitgraph.summit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Concurrently;
import org.summitgraph.support.Concurrently.Outcome;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Edits of one summit sent at the same instant: each is either accepted or refused with CONFLICT,
 * and the summit ends up with every accepted edit and none of the refused ones. One meeting
 * scheduled several times at once is scheduled once.
 */
@QuarkusTest
class ConcurrentSummitEditingTest {

    private static final int THREADS = 8;

    @Inject Fixtures fixtures;

    @Test
    void differentParticipantsAddedAtOnceAreEachListedOrRefusedWithConflict() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 9, 1), SummitStatus.HELD);
        List<String> people = new ArrayList<>();
        List<Supplier<ValidatableResponse>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String person = fixtures.person("KG");
            people.add(person);
            requests.add(() -> GraphQL.send("addParticipant", EDITOR, "input", Inputs.of("summit", summit,
                    "person", person, "country", "KG", "role", "HEAD_OF_STATE")));
        }

        List<Outcome> outcomes = Concurrently.run(requests);

        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < THREADS; i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.accepted()) {
                accepted.add(people.get(i));
            } else {
                assertRefusedWithConflict(outcome);
            }
        }
        assertFalse(accepted.isEmpty(), "at least one edit goes through");
        JsonPath after = GraphQL.ok("editedSummit", "id", summit).extract().jsonPath();
        // every accepted participant is listed, and no refused one
        assertEquals(accepted, new HashSet<>(after.getList("data.summit.participants.person.id", String.class)));
        assertEquals(accepted.size(), after.getList("data.summit.participants").size());
        // the version went up once per accepted edit
        assertEquals(accepted.size(), after.getInt("data.summit.version"));
    }

    @Test
    void theSameMeetingScheduledAtOnceIsScheduledOnceAndTheOthersAreDuplicates() {
        String organization = fixtures.organization("moscow");
        List<Supplier<ValidatableResponse>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            // each under an id of its own: only the meeting collides
            String id = "test-" + Fixtures.unique();
            requests.add(() -> GraphQL.send("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                    "date", "2027-05-01", "title", "Session", "city", "Moscow", "id", id)));
        }

        List<Outcome> outcomes = Concurrently.run(requests);

        assertEquals(1, outcomes.stream().filter(Outcome::accepted).count(), () -> "accepted: " + outcomes);
        for (Outcome outcome : outcomes) {
            if (!outcome.accepted()) {
                assertEquals("DUPLICATE", outcome.code(), () -> "refused: " + outcome.errors());
            }
        }
        int summits = GraphQL.ok("summitsOfOrganization", "organization", organization).extract()
                .path("data.summits.totalCount");
        assertEquals(1, summits);
    }

    @Test
    void ofUpdatesBasedOnTheSameVersionExactlyOneWins() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2027, 9, 1),
                SummitStatus.SCHEDULED);
        int version = GraphQL.ok("editedSummit", "id", summit).extract().path("data.summit.version");
        List<Supplier<ValidatableResponse>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String title = "Title from client " + i;
            requests.add(() -> GraphQL.send("updateSummit", EDITOR, "input", Inputs.of("id", summit,
                    "version", version, "title", title)));
        }

        List<Outcome> outcomes = Concurrently.run(requests);

        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            if (outcomes.get(i).accepted()) {
                winners.add(i);
            } else {
                assertRefusedWithConflict(outcomes.get(i));
            }
        }
        assertEquals(1, winners.size(), "exactly one of the same-version updates wins: " + outcomes);
        JsonPath after = GraphQL.ok("editedSummit", "id", summit).extract().jsonPath();
        assertEquals("Title from client " + winners.get(0), after.getString("data.summit.title"));
        assertEquals(version + 1, after.getInt("data.summit.version"));
    }

    @Test
    void theSameParticipantAddedAtOnceIsListedOnce() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 9, 1), SummitStatus.HELD);
        String person = fixtures.person("AM");
        List<Supplier<ValidatableResponse>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            requests.add(() -> GraphQL.send("addParticipant", EDITOR, "input", Inputs.of("summit", summit,
                    "person", person, "country", "AM", "role", "HEAD_OF_STATE")));
        }

        List<Outcome> outcomes = Concurrently.run(requests);

        long accepted = outcomes.stream().filter(Outcome::accepted).count();
        assertEquals(1, accepted, "one of the identical edits goes through: " + outcomes);
        for (Outcome outcome : outcomes) {
            if (!outcome.accepted()) {
                // a collision, or the duplicate seen once the first one committed: never an internal error
                assertTrue(Set.of("CONFLICT", "DUPLICATE").contains(outcome.code()), "refused with " + outcome);
            }
        }
        GraphQL.ok("editedSummit", "id", summit).extract().jsonPath().getList("data.summit.participants.person.id")
                .forEach(id -> assertEquals(person, id));
    }

    private static void assertRefusedWithConflict(Outcome outcome) {
        assertEquals(200, outcome.status(), "HTTP status of " + outcome);
        assertEquals(1, outcome.errors().size(), "one error in " + outcome);
        assertEquals("CONFLICT", outcome.code(), "refused with CONFLICT only: " + outcome);
    }
}
