package org.summitgraph.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Documents of a summit: adding (editors) and removing (admins). */
@QuarkusTest
class DocumentEditingTest {

    @Inject Fixtures fixtures;

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
    void removingAnUnknownDocumentIsNotFound() {
        refused(GraphQL.send("removeDocument", ADMIN, "id", "no-such-document-" + Fixtures.unique()), "NOT_FOUND");
    }

    private String newSummit() {
        return fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 10, 1), SummitStatus.HELD);
    }
}
