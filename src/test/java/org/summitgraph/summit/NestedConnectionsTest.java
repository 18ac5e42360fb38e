package org.summitgraph.summit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The nested lists a front end pages have connection siblings (Summit.participantsConnection, …): the same
 * items as the list field, paged both ways, batched for all parents.
 */
@QuarkusTest
class NestedConnectionsTest {

    private static final String BISHKEK_2025 = "csto-2025-11-27-bishkek";
    private static final String PAGE = "totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
    private static final String SUMMIT = """
            query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { summit(id: $id) {
              %1$s { %2$s }
              %1$sConnection(first: $first, after: $after, last: $last, before: $before) { nodes { %2$s } %3$s } } }""";
    private static final Map<String, String> ITEM = Map.of("participants", "person { id }", "statements", "id",
            "documents", "id");

    @Inject EntityManagerFactory emf;

    @Test
    void eachSiblingPagesForwardThroughItsListField() {
        for (String list : List.of("participants", "statements", "documents")) {
            JsonPath whole = summit(list, vars("first", 100));
            List<Object> items = whole.getList("data.summit." + list);
            assertTrue(items.size() > 2, list + " of Bishkek 2025 must have more than two items");
            assertEquals(items, whole.getList("data.summit." + list + "Connection.nodes"));
            assertEquals(items.size(), whole.getInt("data.summit." + list + "Connection.totalCount"));
        }
        for (String list : List.of("participants", "statements", "documents")) {
            String connection = "data.summit." + list + "Connection";
            List<Object> items = summit(list, vars()).getList("data.summit." + list);
            JsonPath first = summit(list, vars("first", 2));
            assertEquals(items.subList(0, 2), first.getList(connection + ".nodes"));
            assertTrue(first.getBoolean(connection + ".pageInfo.hasNextPage"));
            assertFalse(first.getBoolean(connection + ".pageInfo.hasPreviousPage"));
            JsonPath next = summit(list, vars("first", 2, "after", first.getString(connection + ".pageInfo.endCursor")));
            assertEquals(items.subList(2, Math.min(4, items.size())), next.getList(connection + ".nodes"));
            assertTrue(next.getBoolean(connection + ".pageInfo.hasPreviousPage"));
        }
    }

    @Test
    void eachSiblingPagesBackwardFromTheEnd() {
        for (String list : List.of("participants", "statements", "documents")) {
            String connection = "data.summit." + list + "Connection";
            List<Object> items = summit(list, vars()).getList("data.summit." + list);
            int n = items.size();
            JsonPath end = summit(list, vars("last", 2));
            assertEquals(items.subList(n - 2, n), end.getList(connection + ".nodes"));
            assertTrue(end.getBoolean(connection + ".pageInfo.hasPreviousPage"));
            assertEquals(end.getString(connection + ".edges[0].cursor"), end.getString(connection + ".pageInfo.startCursor"));
            JsonPath earlier = summit(list, vars("last", 2, "before", end.getString(connection + ".pageInfo.startCursor")));
            assertEquals(items.subList(Math.max(0, n - 4), n - 2), earlier.getList(connection + ".nodes"));
            assertEquals(n > 4, earlier.getBoolean(connection + ".pageInfo.hasPreviousPage"));
            assertTrue(earlier.getBoolean(connection + ".pageInfo.hasNextPage"));
        }
    }

    @Test
    void membershipsAndTheirHistoryPage() {
        String query = """
                { organization(code: "CSTO") { memberships { id history { effective status } }
                  membershipsConnection(first: 2) { totalCount nodes { id
                    historyConnection(last: 1) { totalCount nodes { effective status } pageInfo { hasPreviousPage } } }
                    pageInfo { hasNextPage } } } }""";
        JsonPath answer = GraphQL.raw(query, Map.of()).statusCode(200).body("errors", nullValue()).extract().jsonPath()
                .setRootPath("data.organization");
        List<String> ids = answer.getList("memberships.id");
        assertEquals(ids.size(), answer.getInt("membershipsConnection.totalCount"));
        assertEquals(ids.subList(0, 2), answer.getList("membershipsConnection.nodes.id"));
        assertEquals(ids.size() > 2, answer.getBoolean("membershipsConnection.pageInfo.hasNextPage"));
        for (int i = 0; i < 2; i++) {
            List<Map<String, Object>> history = answer.getList("memberships[" + i + "].history");
            assertEquals(history.size(), answer.getInt("membershipsConnection.nodes[" + i + "].historyConnection.totalCount"));
            assertEquals(history.subList(history.size() - 1, history.size()),
                    answer.getList("membershipsConnection.nodes[" + i + "].historyConnection.nodes"));
            assertEquals(history.size() > 1,
                    answer.getBoolean("membershipsConnection.nodes[" + i + "].historyConnection.pageInfo.hasPreviousPage"));
        }
    }

    @Test
    void aPersonsParticipationsAndStatementsPage() {
        String query = """
                { person(id: "vladimir-putin") { participations { summit { id } } statements { id }
                  participationsConnection(last: 1) { totalCount nodes { summit { id } } }
                  statementsConnection(first: 1) { totalCount nodes { id } } } }""";
        JsonPath answer = GraphQL.raw(query, Map.of()).statusCode(200).body("errors", nullValue()).extract().jsonPath()
                .setRootPath("data.person");
        List<Object> participations = answer.getList("participations");
        assertEquals(participations.size(), answer.getInt("participationsConnection.totalCount"));
        assertEquals(participations.subList(participations.size() - 1, participations.size()),
                answer.getList("participationsConnection.nodes"));
        List<Object> statements = answer.getList("statements");
        assertEquals(statements.size(), answer.getInt("statementsConnection.totalCount"));
        assertEquals(statements.subList(0, 1), answer.getList("statementsConnection.nodes"));
    }

    @Test
    void aCursorOfAnotherListOrNotAPositionIsBadUserInput() {
        String cursor = summit("statements", vars("first", 1)).getString("data.summit.statementsConnection.pageInfo.endCursor");
        GraphQL.raw("query($c: String) { summit(id: \"" + BISHKEK_2025 + "\") { documentsConnection(after: $c) { totalCount } } }",
                vars("c", cursor)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`after` is not a valid cursor for this list"));
    }

    @Test
    void siblingsOfAllSummitsRunAsManyStatementsAsOfTwo() {
        String query = """
                query($first: Int, $after: String) { summits(organization: "CSTO", first: $first, after: $after) { nodes {
                  participantsConnection(first: 1) { totalCount nodes { person { id } } }
                  statementsConnection(last: 1) { totalCount nodes { id } }
                  documentsConnection(first: 1) { totalCount nodes { id } } } } }""";
        // the two summits from Bishkek 2025 on have data at every level the query asks for
        String before2025 = GraphQL.ok("summitPage", "organization", "CSTO", "year", 2024)
                .extract().path("data.summits.pageInfo.endCursor");
        assertEquals(statements(query, 2, before2025), statements(query, 100, null), "SQL statements for 100 summits vs 2");
    }

    private long statements(String query, int first, String after) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        GraphQL.raw(query, vars("first", first, "after", after)).statusCode(200).body("errors", nullValue());
        long count = stats.getPrepareStatementCount();
        assertTrue(count > 0, "statistics must count the statements of the request");
        return count;
    }

    private static JsonPath summit(String list, Map<String, Object> variables) {
        variables.put("id", BISHKEK_2025);
        return GraphQL.raw(SUMMIT.formatted(list, ITEM.get(list), PAGE), variables).statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
