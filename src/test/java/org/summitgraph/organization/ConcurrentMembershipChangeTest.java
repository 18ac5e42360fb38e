package org.summitgraph.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Changes of one membership sent at the same instant never both pass the chronology checks.
 * (Fresh organizations; not Armenia, Uzbekistan or Belarus, whose memberships other tests list.)
 */
@QuarkusTest
class ConcurrentMembershipChangeTest {

    private static final int THREADS = 8;

    @Inject Fixtures fixtures;

    @Test
    void ofChangesBasedOnTheSameVersionExactlyOneWinsAndTheOthersConflict() {
        String organization = fixtures.organization("moscow");
        fixtures.member(organization, "KZ", LocalDate.of(2010, 1, 1));
        int version = GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15").extract()
                .path("data.organization.memberships[0].version");
        List<Supplier<ValidatableResponse>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            // each a valid change on its own: later than 2010 and to another status
            String effective = LocalDate.of(2011, 1, 1 + i).toString();
            String status = i % 2 == 0 ? "SUSPENDED" : "WITHDRAWN";
            requests.add(() -> GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of(
                    "organization", organization, "country", "KZ", "status", status, "effective", effective,
                    "version", version)));
        }

        List<Outcome> outcomes = Concurrently.run(requests);

        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.accepted()) {
                winners.add(i);
            } else {
                assertEquals(200, outcome.status(), "HTTP status of " + outcome);
                assertEquals("CONFLICT", outcome.code(), "refused with CONFLICT only: " + outcome);
            }
        }
        assertEquals(1, winners.size(), "exactly one change goes through: " + outcomes);
        int winner = winners.get(0);
        JsonPath after = GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15").extract()
                .jsonPath().setRootPath("data.organization.memberships[0]");
        assertEquals(List.of("2010-01-01", LocalDate.of(2011, 1, 1 + winner).toString()),
                after.getList("history.effective"));
        assertEquals(winner % 2 == 0 ? "SUSPENDED" : "WITHDRAWN", after.getString("status"));
    }

    @Test
    void theSameChangeSentAtOnceWithoutVersionIsRecordedOnce() {
        String organization = fixtures.organization("moscow");
        fixtures.member(organization, "KG", LocalDate.of(2010, 1, 1));
        List<Supplier<ValidatableResponse>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String effective = LocalDate.of(2011, 1, 1 + i).toString();
            requests.add(() -> GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of(
                    "organization", organization, "country", "KG", "status", "SUSPENDED", "effective", effective)));
        }

        List<Outcome> outcomes = Concurrently.run(requests);

        // once a suspension is in, a later one repeats the status and an earlier one breaks the order
        assertEquals(1, outcomes.stream().filter(Outcome::accepted).count(), "one suspension: " + outcomes);
        for (Outcome outcome : outcomes) {
            if (!outcome.accepted()) {
                assertTrue(Set.of("CONFLICT", "STATUS_UNCHANGED", "INVALID_CHRONOLOGY").contains(outcome.code()),
                        "refused with " + outcome);
            }
        }
        assertEquals(List.of("ACTIVE", "SUSPENDED"), GraphQL.ok("editedOrganization", "code", organization,
                "asOf", "2026-06-15").extract().jsonPath().getList("data.organization.memberships[0].history.status"));
    }

    @Test
    void aStateJoiningTwiceAtOnceIsAMemberOnce() {
        String organization = fixtures.organization("moscow");
        List<Supplier<ValidatableResponse>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String effective = LocalDate.of(2012, 1, 1 + i).toString();
            requests.add(() -> GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of(
                    "organization", organization, "country", "TJ", "status", "ACTIVE", "effective", effective)));
        }

        List<Outcome> outcomes = Concurrently.run(requests);

        assertEquals(1, outcomes.stream().filter(Outcome::accepted).count(), "one joining: " + outcomes);
        for (Outcome outcome : outcomes) {
            if (!outcome.accepted()) {
                // a collision, or the membership seen once the first joining committed: never an internal error
                assertTrue(Set.of("CONFLICT", "STATUS_UNCHANGED", "INVALID_CHRONOLOGY").contains(outcome.code()),
                        "refused with " + outcome);
            }
        }
        JsonPath after = GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15").extract()
                .jsonPath();
        assertEquals(List.of("TJ"), after.getList("data.organization.memberships.country.code"));
        assertEquals(List.of("ACTIVE"), after.getList("data.organization.memberships[0].history.status"));
    }
}
