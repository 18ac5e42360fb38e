package org.summitgraph.summit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.summitgraph.support.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;
import org.summitgraph.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Participants, statements and documents of a summit: adding (editors) and removing (admins). */
@QuarkusTest
class SummitContentEditingTest {

    private static final Map<String, String> EDITOR = Tokens.bearer(Tokens.editor());
    private static final Map<String, String> ADMIN = Tokens.bearer(Tokens.admin());

    @Inject
    Fixtures fixtures;

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
    void addStatementKeepsQuotesAndProposalsInOrderAfterTheStatementsAlreadyRecorded() {
        String summit = newSummit();
        String speaker = fixtures.person("BY");
        String source = fixtures.source();

        GraphQL.okWithHeaders("addStatement", EDITOR, "input", Inputs.of("summit", summit, "speaker", speaker,
                "summary", "Opening remarks", "summaryFr", "Discours d'ouverture",
                "quotes", List.of("Third quote first", "Alpha", "Zulu"),
                "proposals", List.of("Build", "Agree", "Meet again"), "sources", List.of(source)))
                .body("data.addStatement.id", equalTo(summit + "-statement-1"))
                .body("data.addStatement.summit.id", equalTo(summit))
                .body("data.addStatement.speaker.id", equalTo(speaker))
                .body("data.addStatement.summary", equalTo("Opening remarks"))
                .body("data.addStatement.summaryFr", equalTo("Discours d'ouverture"))
                .body("data.addStatement.quotes", contains("Third quote first", "Alpha", "Zulu"))
                // typed "in English, or as reported": which language the source used is not recorded
                .body("data.addStatement.quoteTexts.collect { it.lang + ' ' + it.verbatim + ' ' + it.originalLanguage }",
                        contains("EN false null", "EN false null", "EN false null"))
                .body("data.addStatement.proposals", contains("Build", "Agree", "Meet again"))
                .body("data.addStatement.sources.id", contains(source));
        GraphQL.okWithHeaders("addStatement", EDITOR, "input", Inputs.of("summit", summit, "speaker", speaker,
                "summary", "Closing remarks"))
                .body("data.addStatement.id", equalTo(summit + "-statement-2"))
                .body("data.addStatement.quotes", empty());

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.statements.id", contains(summit + "-statement-1", summit + "-statement-2"))
                .body("data.summit.statements.summary", contains("Opening remarks", "Closing remarks"))
                .body("data.summit.statements[0].speaker.id", equalTo(speaker))
                .body("data.summit.statements[0].summaryFr", equalTo("Discours d'ouverture"))
                .body("data.summit.statements[0].quotes", contains("Third quote first", "Alpha", "Zulu"))
                .body("data.summit.statements[0].proposals", contains("Build", "Agree", "Meet again"))
                .body("data.summit.statements[0].sources.id", contains(source));
    }

    @Test
    void addStatementRefusesAnUnknownSpeaker() {
        String summit = newSummit();
        refused(GraphQL.send("addStatement", EDITOR, "input", Inputs.of("summit", summit,
                "speaker", "no-such-person-" + Fixtures.unique(), "summary", "Nothing")), "NOT_FOUND");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.statements", empty());
    }

    @Test
    void removeStatementDeletesItAndReturnsItsSummit() {
        String summit = fixtures.summits(fixtures.organization("moscow"), LocalDate.of(2025, 4, 1)).get(0);
        String statement = summit + "-statement-1";
        GraphQL.ok("editedNode", "id", statement).body("data.node.summit.id", equalTo(summit));

        GraphQL.okWithHeaders("removeStatement", ADMIN, "id", statement)
                .body("data.removeStatement.id", equalTo(summit))
                .body("data.removeStatement.statements", empty());
        GraphQL.ok("editedNode", "id", statement).body("data.node", nullValue());
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.statements", empty());
    }

    @Test
    void aStatementAddedAfterTheLastOneWasRemovedGetsANewId() {
        String summit = fixtures.summits(fixtures.organization("moscow"), LocalDate.of(2025, 4, 1)).get(0);
        String removed = summit + "-statement-1";
        String speaker = fixtures.person("BY");
        GraphQL.okWithHeaders("removeStatement", ADMIN, "id", removed);

        // the removed statement's id names it forever, in clients' caches and in the change log
        GraphQL.okWithHeaders("addStatement", EDITOR, "input", Inputs.of("summit", summit, "speaker", speaker,
                "summary", "Said later"))
                .body("data.addStatement.id", equalTo(summit + "-statement-2"));
        GraphQL.ok("editedNode", "id", removed).body("data.node", nullValue());
        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.statements.id", contains(summit + "-statement-2"))
                .body("data.summit.statements.summary", contains("Said later"));
    }

    @Test
    void aDocumentAddedAfterTheLastOneWasRemovedGetsANewId() {
        String summit = newSummit();
        String kept = fixtures.document(summit);
        String removed = fixtures.document(summit);
        GraphQL.okWithHeaders("removeDocument", ADMIN, "id", removed);

        String added = GraphQL.okWithHeaders("addDocument", EDITOR, "input", Inputs.of("summit", summit,
                "kind", "DECISION", "action", "ADOPTED", "title", "Adopted later"))
                .extract().path("data.addDocument.id");
        assertEquals(summit + "-document-3", added);
        GraphQL.ok("editedNode", "id", removed).body("data.node", nullValue());
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.documents.id", contains(kept, added));
    }

    @Test
    void removingAnUnknownStatementOrDocumentIsNotFound() {
        refused(GraphQL.send("removeStatement", ADMIN, "id", "no-such-statement-" + Fixtures.unique()), "NOT_FOUND");
        refused(GraphQL.send("removeDocument", ADMIN, "id", "no-such-document-" + Fixtures.unique()), "NOT_FOUND");
    }

    @Test
    void addDocumentRecordsItAfterTheDocumentsAlreadyRecorded() {
        String summit = newSummit();
        String first = fixtures.document(summit);
        String appointee = fixtures.person("KZ");
        String source = fixtures.source();

        GraphQL.okWithHeaders("addDocument", EDITOR, "input", Inputs.of("summit", summit, "kind", "APPOINTMENT",
                "action", "APPROVED", "title", "Appointment of the Secretary General",
                "titleFr", "Nomination du Secrétaire général", "appointee", appointee, "sources", List.of(source)))
                .body("data.addDocument.id", equalTo(summit + "-document-2"))
                .body("data.addDocument.summit.id", equalTo(summit))
                .body("data.addDocument.kind", equalTo("APPOINTMENT"))
                .body("data.addDocument.action", equalTo("APPROVED"))
                .body("data.addDocument.title", equalTo("Appointment of the Secretary General"))
                .body("data.addDocument.titleFr", equalTo("Nomination du Secrétaire général"))
                .body("data.addDocument.appointee.id", equalTo(appointee))
                .body("data.addDocument.sources.id", contains(source));

        GraphQL.ok("editedSummit", "id", summit)
                .body("data.summit.documents.id", contains(first, summit + "-document-2"))
                .body("data.summit.documents[1].kind", equalTo("APPOINTMENT"))
                .body("data.summit.documents[1].action", equalTo("APPROVED"))
                .body("data.summit.documents[1].titleFr", equalTo("Nomination du Secrétaire général"))
                .body("data.summit.documents[1].appointee.id", equalTo(appointee))
                .body("data.summit.documents[1].sources.id", contains(source));
    }

    @Test
    void addDocumentRefusesAnUnknownAppointee() {
        String summit = newSummit();
        refused(GraphQL.send("addDocument", EDITOR, "input", Inputs.of("summit", summit, "kind", "APPOINTMENT",
                "action", "APPROVED", "title", "Appointment", "appointee", "no-such-person-" + Fixtures.unique())),
                "NOT_FOUND");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.documents", empty());
    }

    @Test
    void removeDocumentDeletesItAndReturnsItsSummit() {
        String summit = newSummit();
        String kept = fixtures.document(summit);
        String removed = fixtures.document(summit);

        GraphQL.okWithHeaders("removeDocument", ADMIN, "id", removed)
                .body("data.removeDocument.id", equalTo(summit))
                .body("data.removeDocument.documents.id", contains(kept));
        GraphQL.ok("editedNode", "id", removed).body("data.node", nullValue());
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.documents", hasSize(1));
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
