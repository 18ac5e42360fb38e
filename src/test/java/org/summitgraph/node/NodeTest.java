package org.summitgraph.node;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.support.Refusals.refused;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;
import org.summitgraph.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Relay Node: node(id) and nodes(ids) find objects of every type by one id, unique across types. */
@QuarkusTest
class NodeTest {

    private static final String BISHKEK_2025 = "csto-2025-11-27-bishkek";

    @Inject Fixtures fixtures;

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', value = {
            "csto                                | Organization | code                | CSTO",
            "vladimir-putin                      | Person       | personName          | Vladimir Putin",
            "csto-2025-11-27-bishkek             | Summit       | date                | 2025-11-27",
            "csto-2025-11-27-bishkek-statement-1 | Statement    | speaker.id          | vladimir-putin",
            "csto-2025-11-27-bishkek-document-6  | Document     | documentKind        | APPOINTMENT",
            "bishkek                             | City         | cityName            | Bichkek",
            "tass-archive-678014                 | Source       | url                 | http://tass.com/archive/678014",
            "interaction                         | Exercise     | exerciseKind        | EXERCISE" })
    void nodeResolvesEveryTypeWithItsOwnFields(String id, String type, String field, String value) {
        GraphQL.ok("nodeById", "id", id)
                .body("data.node.__typename", equalTo(type))
                .body("data.node.id", equalTo(id))
                .body("data.node." + field, equalTo(value));
    }

    @Test
    void nodesOfStatementAndDocumentLeadBackToTheirSummit() {
        GraphQL.ok("nodeById", "id", BISHKEK_2025 + "-statement-1")
                .body("data.node.statementSummit.id", equalTo(BISHKEK_2025));
        GraphQL.ok("nodeById", "id", BISHKEK_2025 + "-document-6")
                .body("data.node.documentSummit.id", equalTo(BISHKEK_2025))
                .body("data.node.action", equalTo("ADOPTED"));
    }

    @Test
    void organizationNodeIdIsTheLowerCaseCode() {
        GraphQL.ok("nodeById", "id", "csto")
                .body("data.node.organizationName", equalTo("Collective Security Treaty Organization"));
        // the code itself is not a node id
        GraphQL.ok("nodeById", "id", "CSTO").body("data.node", nullValue());
    }

    @Test
    void unknownIdIsNullWithoutError() {
        GraphQL.ok("nodeById", "id", "no-such-node").body("data.node", nullValue());
    }

    @Test
    void nodesKeepTheOrderAskedWithNullForUnknownIds() {
        List<String> ids = Arrays.asList("interaction", "vladimir-putin", "no-such-node", "csto",
                BISHKEK_2025 + "-document-6", "bishkek", "tass-archive-678014", BISHKEK_2025,
                BISHKEK_2025 + "-statement-1");
        GraphQL.ok("nodesByIds", "ids", ids)
                .body("data.nodes", hasSize(9))
                // collect keeps the null entries that a plain "nodes.id" path would drop
                .body("data.nodes.collect { it?.id }", contains("interaction", "vladimir-putin", null, "csto",
                        BISHKEK_2025 + "-document-6", "bishkek", "tass-archive-678014", BISHKEK_2025,
                        BISHKEK_2025 + "-statement-1"))
                .body("data.nodes.collect { it?.__typename }", contains("Exercise", "Person", null, "Organization",
                        "Document", "City", "Source", "Summit", "Statement"))
                .body("data.nodes[1].name", equalTo("Vladimir Putin"))
                .body("data.nodes[7].date", equalTo("2025-11-27"));
    }

    @Test
    void aRepeatedIdGivesTheSameObjectTwice() {
        GraphQL.ok("nodesByIds", "ids", List.of("vladimir-putin", "bishkek", "vladimir-putin"))
                .body("data.nodes.id", contains("vladimir-putin", "bishkek", "vladimir-putin"))
                .body("data.nodes[0].name", equalTo("Vladimir Putin"))
                .body("data.nodes[2].name", equalTo("Vladimir Putin"));
    }

    @Test
    void onlyUnknownIdsGiveOnlyNulls() {
        GraphQL.ok("nodesByIds", "ids", List.of("nobody-1", "nobody-2"))
                .body("data.nodes", contains(nullValue(), nullValue()));
    }

    @Test
    void aStatementOfNewDataGetsItsNodeIdFromSummitAndRank() {
        String summit = fixtures.summits(fixtures.organization("bishkek"), LocalDate.of(2012, 4, 4)).get(0);
        GraphQL.ok("nodeById", "id", summit + "-statement-1")
                .body("data.node.__typename", equalTo("Statement"))
                .body("data.node.id", equalTo(summit + "-statement-1"))
                .body("data.node.statementSummit.id", equalTo(summit));
    }

    @Test
    void aNewOrganizationIsANodeUnderItsLowerCaseCode() {
        String code = fixtures.organization("moscow");
        GraphQL.ok("nodeById", "id", code.toLowerCase())
                .body("data.node.__typename", equalTo("Organization"))
                .body("data.node.code", equalTo(code));
    }

    @Test
    void theDatabaseRefusesAPersonUnderACityId() {
        // the helper itself works with a free id, so the refusal below is about the id alone
        String free = "test-" + Fixtures.unique();
        fixtures.personWithId(free);
        GraphQL.ok("nodeById", "id", free).body("data.node.__typename", equalTo("Person"));

        PersistenceException refused = assertThrows(PersistenceException.class, () -> fixtures.personWithId("bishkek"));
        assertTrue(messages(refused).contains("node_pkey"), () -> "refused by the node registry: " + messages(refused));

        // the failed insert rolled back: no such person, and the id is still the city's
        GraphQL.ok("personById", "id", "bishkek").body("data.person", nullValue());
        GraphQL.ok("nodeById", "id", "bishkek").body("data.node.__typename", equalTo("City"));
    }

    @Test
    void theIdsOfADeletedSummitAndOfItsPartsAreNeverGivenAgain() {
        String summit = fixtures.summits(fixtures.organization("bishkek"), LocalDate.of(2012, 5, 5)).get(0);
        String statement = summit + "-statement-1";
        GraphQL.okWithHeaders("deleteSummit", Tokens.bearer(Tokens.admin()), "id", summit);

        GraphQL.ok("nodesByIds", "ids", List.of(summit, statement)).body("data.nodes", contains(nullValue(), nullValue()));
        // the database keeps refusing them to any type, the statement's too, deleted by the summit's cascade
        for (String id : List.of(summit, statement)) {
            PersistenceException refused = assertThrows(PersistenceException.class, () -> fixtures.personWithId(id));
            assertTrue(messages(refused).contains("node_pkey"), () -> id + " refused by the registry: " + messages(refused));
        }
        refused(GraphQL.send("createPerson", Tokens.bearer(Tokens.editor()), "input",
                Inputs.of("name", "Someone new", "id", statement)), "DUPLICATE");
    }

    @Test
    void everyNodeTypeIsReachableInOneRequest() {
        List<String> ids = List.of("csto", "vladimir-putin", BISHKEK_2025, BISHKEK_2025 + "-statement-1",
                BISHKEK_2025 + "-document-6", "bishkek", "tass-archive-678014", "interaction");
        List<String> types = GraphQL.ok("nodesByIds", "ids", ids).extract().path("data.nodes.__typename");
        assertEquals(List.of("Organization", "Person", "Summit", "Statement", "Document", "City", "Source", "Exercise"),
                types);
    }

    /** The messages of an exception and its causes, where the database names the constraint. */
    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
