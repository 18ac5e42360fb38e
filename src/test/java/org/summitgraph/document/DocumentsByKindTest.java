package org.summitgraph.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Documents by kind: the top-level connection and a summit's list, filtered by kind. */
@QuarkusTest
class DocumentsByKindTest {

    private static final String BISHKEK_2025 = "csto-2025-11-27-bishkek";

    private static String document(int rank) {
        return BISHKEK_2025 + "-document-" + rank;
    }

    @Test
    void decisionsOfTheCsto() {
        GraphQL.ok("documentPage", "organization", "CSTO", "kind", "DECISION", "first", 20)
                .body("data.documents.totalCount", equalTo(2))
                .body("data.documents.nodes.id", contains(document(2), document(3)))
                .body("data.documents.nodes.kind", everyItem(equalTo("DECISION")))
                .body("data.documents.nodes.title", contains(
                        "On measures to form a positive image of the CSTO and its member states in the information "
                                + "space",
                        "On the CSTO budget for 2026"))
                .body("data.documents.edges.node.id", contains(document(2), document(3)))
                .body("data.documents.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void theAntiDrugStrategy() {
        GraphQL.ok("documentPage", "organization", "CSTO", "kind", "STRATEGY", "first", 20)
                .body("data.documents.totalCount", equalTo(1))
                .body("data.documents.nodes.id", contains(document(5)))
                .body("data.documents.nodes.title", contains("Anti-drug Strategy for 2026–2030"))
                .body("data.documents.nodes.summit.id", contains(BISHKEK_2025));
    }

    @Test
    void aKindWithoutDocumentsGivesAnEmptyCountedPage() {
        GraphQL.ok("documentPage", "organization", "CSTO", "kind", "TREATY", "first", 20)
                .body("data.documents.totalCount", equalTo(0))
                .body("data.documents.nodes", empty())
                .body("data.documents.pageInfo.hasNextPage", equalTo(false))
                .body("data.documents.pageInfo.endCursor", equalTo(null));
    }

    @Test
    void pagesOfOneWalkEveryCstoDocumentOnceInOrder() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int total = -1;
        int pages = 0;
        do {
            JsonPath page = GraphQL.ok("documentPage", "organization", "CSTO", "first", 1, "after", after)
                    .extract().jsonPath().setRootPath("data.documents");
            total = page.getInt("totalCount");
            assertEquals(page.getList("nodes.id"), page.getList("edges.node.id"));
            assertEquals(page.getString("edges[0].cursor"), page.getString("pageInfo.endCursor"));
            seen.addAll(page.getList("nodes.id"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 50);
        // all of them come from Bishkek 2025 in the dataset: summit date, then rank
        assertEquals(List.of(document(1), document(2), document(3), document(4), document(5), document(6)), seen);
        assertEquals(6, total);
    }

    @Test
    void pagingWithinAKind() {
        JsonPath first = GraphQL.ok("documentPage", "organization", "CSTO", "kind", "DECISION", "first", 1)
                .extract().jsonPath().setRootPath("data.documents");
        assertEquals(List.of(document(2)), first.getList("nodes.id"));
        assertTrue(first.getBoolean("pageInfo.hasNextPage"));
        JsonPath second = GraphQL.ok("documentPage", "organization", "CSTO", "kind", "DECISION", "first", 1,
                "after", first.getString("pageInfo.endCursor")).extract().jsonPath().setRootPath("data.documents");
        assertEquals(List.of(document(3)), second.getList("nodes.id"));
        assertEquals(2, second.getInt("totalCount"));
        assertFalse(second.getBoolean("pageInfo.hasNextPage"));
    }

    @Test
    void aSummitsDocumentsOfOneKind() {
        GraphQL.ok("summitDocumentsByKind", "id", BISHKEK_2025, "kind", "PLAN", "otherKind", "PLAN")
                .body("data.summit.documents.id", contains(document(4)))
                .body("data.summit.documents.kind", contains("PLAN"));
    }

    @Test
    void aliasesWithDifferentKindsEachGetTheirOwn() {
        GraphQL.ok("summitDocumentsByKind", "id", BISHKEK_2025, "kind", "PLAN", "otherKind", "DECISION")
                .body("data.summit.documents.id", contains(document(4)))
                .body("data.summit.others.id", contains(document(2), document(3)))
                .body("data.summit.others.kind", everyItem(equalTo("DECISION")))
                .body("data.summit.all.id", contains(document(1), document(2), document(3), document(4), document(5),
                        document(6)));
    }
}
