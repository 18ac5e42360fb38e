package org.summitgraph.summit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.ADMIN;
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

/**
 * Participants of a summit: adding (editors) and removing (admins); the version an edit of a summit's parts
 * returns. Statements and documents: {@code StatementEditingTest}, {@code DocumentEditingTest}.
 */
@QuarkusTest
class SummitContentEditingTest {

    @Inject Fixtures fixtures;

    @Test
    void addParticipantListsThePersonWithTheStateAndSources() {
        String summit = newSummit();
        String person = fixtures.person("KZ");
        String source = fixtures.source();
        int version = version(summit);

        GraphQL.okWithHeaders("addParticipant", EDITOR, "input", Inputs.of("summit", summit, "person", person,
                "country", "KZ", "role", "HEAD_OF_STATE", "sources", List.of(source)))
                .body("data.addParticipant.summit.id", equalTo(summit))
                .body("data.addParticipant.person.id", equalTo(person))
                .body("data.addParticipant.country.code", equalTo("KZ"))
                .body("data.addParticipant.role", equalTo("HEAD_OF_STATE"))
                .body("data.addParticipant.sources.id", contains(source))
                // the summit's parts changed: its version goes up
                .body("data.addParticipant.summit.version", equalTo(version + 1));

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.participants.person.id", contains(person))
                .body("data.summit.participants[0].country.code", equalTo("KZ"))
                .body("data.summit.participants[0].role", equalTo("HEAD_OF_STATE"))
                .body("data.summit.participants[0].sources.id", contains(source))
                .body("data.summit.version", equalTo(version + 1));
    }

    @Test
    void anOrganizationsOfficialTakesPartWithoutAState() {
        String summit = newSummit();
        String person = fixtures.person(null);

        GraphQL.okWithHeaders("addParticipant", EDITOR, "input", Inputs.of("summit", summit, "person", person,
                "role", "SECRETARY_GENERAL"))
                .body("data.addParticipant.country", nullValue());
        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.participants.role", contains("SECRETARY_GENERAL"))
                .body("data.summit.participants[0].country", nullValue());
    }

    @Test
    void aPersonListedTwiceInTheSameCapacityIsADuplicate() {
        String summit = newSummit();
        String person = fixtures.person("AM");
        Map<String, Object> input = Inputs.of("summit", summit, "person", person, "country", "AM",
                "role", "HEAD_OF_STATE");
        GraphQL.okWithHeaders("addParticipant", EDITOR, "input", input);

        refused(GraphQL.send("addParticipant", EDITOR, "input", input), "DUPLICATE");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.participants.person.id", contains(person));
    }

    @Test
    void addParticipantRefusesUnknownReferences() {
        String summit = newSummit();
        String person = fixtures.person("AM");
        Map<String, Object> input = Inputs.of("summit", summit, "person", person, "country", "AM",
                "role", "HEAD_OF_STATE");

        refused(GraphQL.send("addParticipant", EDITOR, "input",
                Inputs.with(input, "summit", "no-such-summit-" + Fixtures.unique())), "NOT_FOUND");
        refused(GraphQL.send("addParticipant", EDITOR, "input",
                Inputs.with(input, "person", "no-such-person-" + Fixtures.unique())), "NOT_FOUND")
                .body("errors[0].message", containsString("person"));
        refused(GraphQL.send("addParticipant", EDITOR, "input", Inputs.with(input, "country", "ZZ")), "NOT_FOUND");
        refused(GraphQL.send("addParticipant", EDITOR, "input",
                Inputs.with(input, "sources", List.of("no-such-source-" + Fixtures.unique()))), "NOT_FOUND")
                .body("errors[0].message", containsString("source"));

        GraphQL.ok("editedSummit", "id", summit).body("data.summit.participants", empty());
    }

    @Test
    void removeParticipantTakesThePersonOffTheList() {
        String summit = newSummit();
        String stays = fixtures.participant(summit, "KG");
        String leaves = fixtures.participant(summit, "TJ");

        GraphQL.okWithHeaders("removeParticipant", ADMIN, "input", Inputs.of("summit", summit, "person", leaves,
                "role", "HEAD_OF_STATE"))
                .body("data.removeParticipant.id", equalTo(summit))
                .body("data.removeParticipant.participants.person.id", contains(stays));
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.participants.person.id", contains(stays));
    }

    @Test
    void removingAParticipationThatIsNotListedIsNotFound() {
        String summit = newSummit();
        String person = fixtures.participant(summit, "KG");

        // listed as head of state, not as minister
        refused(GraphQL.send("removeParticipant", ADMIN, "input", Inputs.of("summit", summit, "person", person,
                "role", "FOREIGN_MINISTER")), "NOT_FOUND");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.participants.person.id", contains(person));
    }

    @Test
    void theVersionAnEditOfTheSummitsPartsReturnsIsTheOneTheNextEditSends() {
        String summit = newSummit();
        String person = fixtures.participant(summit, "KG");
        String document = fixtures.document(summit);

        int afterRemoval = GraphQL.okWithHeaders("removeParticipant", ADMIN, "input", Inputs.of("summit", summit,
                "person", person, "role", "HEAD_OF_STATE")).extract().path("data.removeParticipant.version");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.version", equalTo(afterRemoval));

        int afterDocument = GraphQL.okWithHeaders("removeDocument", ADMIN, "id", document).extract()
                .path("data.removeDocument.version");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.version", equalTo(afterDocument));

        // a client sends back what it was given
        GraphQL.okWithHeaders("updateSummit", EDITOR, "input", Inputs.of("id", summit, "version", afterDocument,
                "title", "Edited after removals"))
                .body("data.updateSummit.title", equalTo("Edited after removals"));
    }

    private String newSummit() {
        return fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 10, 1), SummitStatus.HELD);
    }

    private static int version(String summit) {
        return GraphQL.ok("editedSummit", "id", summit).extract().path("data.summit.version");
    }
}
