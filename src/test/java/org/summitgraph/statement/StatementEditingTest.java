package org.summitgraph.statement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.ADMIN;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/** Statements made at a summit: adding (editors) and removing (admins). */
@QuarkusTest
class StatementEditingTest {

    @Inject Fixtures fixtures;

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
    void removingAnUnknownStatementIsNotFound() {
        refused(GraphQL.send("removeStatement", ADMIN, "id", "no-such-statement-" + Fixtures.unique()), "NOT_FOUND");
    }

    private String newSummit() {
        return fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 10, 1), SummitStatus.HELD);
    }
}
