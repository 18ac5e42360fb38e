package org.summitgraph.source;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.summitgraph.support.Refusals.refused;
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

/** createSource, and the new source cited by later edits. */
@QuarkusTest
class SourceEditingTest {

    @Inject Fixtures fixtures;

    @Test
    void createSourceKeepsItsFieldsAndMakesTheIdFromTheTitle() {
        String unique = Fixtures.unique();
        String id = "communique-of-the-council-" + unique;

        GraphQL.okWithHeaders("createSource", EDITOR, "input", Inputs.of("title", "Communiqué of the council " + unique,
                "publisher", "Test press service", "url", "https://example.org/communique/" + unique,
                "language", "FR", "publishedOn", "2025-11-28"))
                .body("data.createSource.id", equalTo(id))
                .body("data.createSource.title", equalTo("Communiqué of the council " + unique))
                .body("data.createSource.publisher", equalTo("Test press service"))
                .body("data.createSource.url", equalTo("https://example.org/communique/" + unique))
                .body("data.createSource.language", equalTo("FR"))
                .body("data.createSource.publishedOn", equalTo("2025-11-28"));

        GraphQL.ok("editedNode", "id", id)
                .body("data.node.__typename", equalTo("Source"))
                .body("data.node.title", equalTo("Communiqué of the council " + unique))
                .body("data.node.publisher", equalTo("Test press service"))
                .body("data.node.url", equalTo("https://example.org/communique/" + unique))
                .body("data.node.language", equalTo("FR"))
                .body("data.node.publishedOn", equalTo("2025-11-28"));
    }

    @Test
    void aNewSourceIsCitedByTheRecordsOfLaterEdits() {
        String source = GraphQL.okWithHeaders("createSource", EDITOR, "input",
                Inputs.of("title", "Report " + Fixtures.unique())).extract().path("data.createSource.id");
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 5, 5), SummitStatus.HELD);
        String person = fixtures.person("KG");

        GraphQL.okWithHeaders("addParticipant", EDITOR, "input", Inputs.of("summit", summit, "person", person,
                "country", "KG", "role", "HEAD_OF_STATE", "sources", List.of(source)));
        String created = GraphQL.okWithHeaders("createPerson", EDITOR, "input", Inputs.of(
                "name", "Cited " + Fixtures.unique(), "sources", List.of(source))).extract().path("data.createPerson.id");

        GraphQL.ok("editedSummit", "id", summit).body("data.summit.participants[0].sources.id", contains(source));
        GraphQL.ok("editedPerson", "id", created).body("data.person.sources.id", contains(source));
    }

    @Test
    void aTakenIdIsADuplicate() {
        String existing = fixtures.source();
        refused(GraphQL.send("createSource", EDITOR, "input", Inputs.of("title", "Other", "id", existing)),
                "DUPLICATE");
        GraphQL.ok("editedNode", "id", existing).body("data.node.title", equalTo("Test source " + existing));
    }

    @Test
    void aUrlThatIsNotHttpIsBadInput() {
        String id = "test-source-" + Fixtures.unique();
        refused(GraphQL.send("createSource", EDITOR, "input", Inputs.of("title", "Ftp", "id", id,
                "url", "ftp://example.org/file")), "BAD_USER_INPUT")
                .body("errors[0].extensions.violations.propertyPath", contains(List.of("createSource", "input", "url")));
        GraphQL.ok("editedNode", "id", id).body("data.node", nullValue());
    }
}
