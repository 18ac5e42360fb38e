package org.summitgraph.data;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.ChangeLog;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/**
 * One transaction per mutation: one that fails after it has started writing leaves nothing behind,
 * neither the record nor its change-log entry.
 */
@QuarkusTest
class MutationTransactionTest {

    @Inject Fixtures fixtures;

    @Test
    void aStatementCitingAnUnknownSourceLeavesNothing() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 1, 1), SummitStatus.HELD);
        String speaker = fixtures.person("KG");
        String known = fixtures.source();
        int version = GraphQL.ok("editedSummit", "id", summit).extract().path("data.summit.version");
        int changes = ChangeLog.total();

        // the known source is found and the summit locked before the unknown one fails
        refused(GraphQL.send("addStatement", EDITOR, "input", Inputs.of("summit", summit, "speaker", speaker,
                "summary", "Never recorded", "quotes", List.of("Nor this"),
                "sources", List.of(known, "no-such-source-" + Fixtures.unique()))), "NOT_FOUND")
                .body("errors[0].message", containsString("no-such-source"));

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.statements", hasSize(0))
                .body("data.summit.version", equalTo(version));
        GraphQL.ok("editedNode", "id", summit + "-statement-1").body("data.node", nullValue());
        assertEquals(changes, ChangeLog.total());
    }

    @Test
    void aPersonOfAnUnknownStateLeavesNothingAndTheIdStaysFree() {
        String id = "test-" + Fixtures.unique();
        int changes = ChangeLog.total();

        refused(GraphQL.send("createPerson", EDITOR, "input", Inputs.of("name", "Ghost", "id", id, "country", "ZZ")),
                "NOT_FOUND");

        GraphQL.ok("editedPerson", "id", id).body("data.person", nullValue());
        assertEquals(changes, ChangeLog.total());
        GraphQL.okWithHeaders("createPerson", EDITOR, "input", Inputs.of("name", "Ghost", "id", id, "country", "KG"))
                .body("data.createPerson.id", equalTo(id));
    }

    @Test
    void aJoiningCitingAnUnknownSourceLeavesNoMembership() {
        String organization = fixtures.organization("moscow");
        int changes = ChangeLog.total();

        // the new membership is inserted before its change's sources are looked up
        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KZ", "status", "ACTIVE", "effective", "2020-01-01",
                "sources", List.of("no-such-source-" + Fixtures.unique()))), "NOT_FOUND");

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships", hasSize(0));
        assertEquals(changes, ChangeLog.total());
        // were a membership left without changes, joining again would meet it
        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KZ", "status", "ACTIVE", "effective", "2020-01-01"))
                .body("data.changeMembershipStatus.history.effective", contains("2020-01-01"));
    }

    @Test
    void anUpdateRefusedByADomainRuleKeepsTheFieldsItHadAlreadyChanged() {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2027, 1, 1), SummitStatus.SCHEDULED);
        String earlier = fixtures.summit(organization, LocalDate.of(2026, 1, 1), SummitStatus.HELD);
        int version = GraphQL.ok("editedSummit", "id", summit).extract().path("data.summit.version");
        int changes = ChangeLog.total();

        // titles, kind and venue are set before the next meeting is checked
        refused(GraphQL.send("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", version,
                "title", "Half done", "kind", "INFORMAL", "venue", "Somewhere", "nextMeeting", earlier)),
                "NEXT_MEETING_NOT_LATER");

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.title", containsString("Test summit"))
                .body("data.summit.kind", equalTo("REGULAR"))
                .body("data.summit.venue", nullValue())
                .body("data.summit.version", equalTo(version));
        assertEquals(changes, ChangeLog.total());
    }

    @Test
    void anOrganizationCitingAnUnknownSourceLeavesNothing() {
        String code = "N" + Fixtures.unique().toUpperCase();
        int changes = ChangeLog.total();

        refused(GraphQL.send("createOrganization", EDITOR, "input", Inputs.of("code", code, "name", "Phantom",
                "acronym", "PH", "sources", List.of("no-such-source-" + Fixtures.unique()))), "NOT_FOUND");

        GraphQL.ok("editedOrganization", "code", code).body("data.organization", nullValue());
        assertEquals(changes, ChangeLog.total());
    }
}
