package org.summitgraph.summit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Relay cursor connections both ways: {@code last}/{@code before} pages backward through the same lists as
 * {@code first}/{@code after}, with {@code hasPreviousPage} and {@code startCursor}, on the top-level lists
 * and on a nested one (batched per organization).
 */
@QuarkusTest
class BackwardPaginationTest {

    private static final String PAGE_FIELDS = """
            totalCount nodes { id } edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }""";
    private static final String SUMMITS = """
            query($organization: ID, $first: Int, $after: String, $last: Int, $before: String, $orderBy: SummitOrder) {
              summits(organization: $organization, first: $first, after: $after, last: $last, before: $before,
                      orderBy: $orderBy) { %s } }""".formatted(PAGE_FIELDS);
    private static final String ORGANIZATIONS = """
            query($a: ID!, $b: ID!, $last: Int, $before: String) {
              a: organization(code: $a) { summits(last: $last, before: $before) { %1$s } }
              b: organization(code: $b) { summits(last: $last, before: $before) { %1$s } } }""".formatted(PAGE_FIELDS);

    @Inject Fixtures fixtures;

    @Test
    void lastPagesWalkEverySummitOnceBackwardInTheListsOrder() {
        String organization = fixtures.organization("moscow");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2010, 3, 1), LocalDate.of(2011, 3, 1),
                LocalDate.of(2012, 3, 1), LocalDate.of(2013, 3, 1), LocalDate.of(2014, 3, 1));

        JsonPath end = summits(organization, null, null, 2, null, null);
        assertEquals(5, end.getInt("totalCount"));
        assertEquals(ids.subList(3, 5), end.getList("nodes.id"));
        assertEquals(end.getList("nodes.id"), end.getList("edges.node.id"));
        assertTrue(end.getBoolean("pageInfo.hasPreviousPage"));
        assertFalse(end.getBoolean("pageInfo.hasNextPage"));
        assertEquals(end.getString("edges[0].cursor"), end.getString("pageInfo.startCursor"));
        assertEquals(end.getString("edges[1].cursor"), end.getString("pageInfo.endCursor"));

        JsonPath middle = summits(organization, null, null, 2, end.getString("pageInfo.startCursor"), null);
        assertEquals(ids.subList(1, 3), middle.getList("nodes.id"));
        assertTrue(middle.getBoolean("pageInfo.hasPreviousPage"));
        assertTrue(middle.getBoolean("pageInfo.hasNextPage"));

        JsonPath start = summits(organization, null, null, 2, middle.getString("pageInfo.startCursor"), null);
        assertEquals(ids.subList(0, 1), start.getList("nodes.id"));
        assertFalse(start.getBoolean("pageInfo.hasPreviousPage"));
        assertEquals(5, start.getInt("totalCount"));
    }

    @Test
    void cursorsOfEitherDirectionWorkInTheOther() {
        String organization = fixtures.organization("moscow");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2010, 4, 1), LocalDate.of(2011, 4, 1),
                LocalDate.of(2012, 4, 1), LocalDate.of(2013, 4, 1));
        JsonPath forward = summits(organization, 2, null, null, null, null);
        assertFalse(forward.getBoolean("pageInfo.hasPreviousPage"));
        assertEquals(forward.getString("edges[0].cursor"), forward.getString("pageInfo.startCursor"));

        JsonPath next = summits(organization, 2, forward.getString("pageInfo.endCursor"), null, null, null);
        assertEquals(ids.subList(2, 4), next.getList("nodes.id"));
        assertTrue(next.getBoolean("pageInfo.hasPreviousPage"));

        JsonPath back = summits(organization, null, null, 5, next.getString("pageInfo.startCursor"), null);
        assertEquals(ids.subList(0, 2), back.getList("nodes.id"));
    }

    @Test
    void afterAndBeforeTogetherBoundAWindow() {
        String organization = fixtures.organization("moscow");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2010, 5, 1), LocalDate.of(2011, 5, 1),
                LocalDate.of(2012, 5, 1), LocalDate.of(2013, 5, 1), LocalDate.of(2014, 5, 1));
        JsonPath all = summits(organization, 5, null, null, null, null);
        String after = all.getString("edges[0].cursor");
        String before = all.getString("edges[4].cursor");

        assertEquals(ids.subList(1, 4), summits(organization, 10, after, null, before, null).getList("nodes.id"));
        JsonPath lastTwo = summits(organization, null, after, 2, before, null);
        assertEquals(ids.subList(2, 4), lastTwo.getList("nodes.id"));
        assertTrue(lastTwo.getBoolean("pageInfo.hasPreviousPage"));
    }

    @Test
    void newestFirstPagesBackwardToTheNewest() {
        String organization = fixtures.organization("moscow");
        List<String> ids = new ArrayList<>(fixtures.summits(organization, LocalDate.of(2010, 6, 1),
                LocalDate.of(2011, 6, 1), LocalDate.of(2012, 6, 1)));
        Collections.reverse(ids);
        JsonPath end = summits(organization, null, null, 2, null, "DATE_DESC");
        assertEquals(ids.subList(1, 3), end.getList("nodes.id"));
        JsonPath start = summits(organization, null, null, 2, end.getString("pageInfo.startCursor"), "DATE_DESC");
        assertEquals(ids.subList(0, 1), start.getList("nodes.id"));
        assertFalse(start.getBoolean("pageInfo.hasPreviousPage"));
    }

    @Test
    void eachOrganizationsSummitsPageBackwardInOneBatch() {
        String a = fixtures.organization("moscow");
        String b = fixtures.organization("moscow");
        List<String> ofA = fixtures.summits(a, LocalDate.of(2001, 7, 1), LocalDate.of(2002, 7, 1), LocalDate.of(2003, 7, 1));
        List<String> ofB = fixtures.summits(b, LocalDate.of(2004, 7, 1));
        JsonPath answer = GraphQL.raw(ORGANIZATIONS, vars("a", a, "b", b, "last", 2)).statusCode(200)
                .body("errors", equalTo(null)).extract().jsonPath();
        assertEquals(ofA.subList(1, 3), answer.getList("data.a.summits.nodes.id"));
        assertTrue(answer.getBoolean("data.a.summits.pageInfo.hasPreviousPage"));
        assertEquals(ofB, answer.getList("data.b.summits.nodes.id"));
        assertFalse(answer.getBoolean("data.b.summits.pageInfo.hasPreviousPage"));

        String before = answer.getString("data.a.summits.pageInfo.startCursor");
        JsonPath earlier = GraphQL.raw(ORGANIZATIONS, vars("a", a, "b", b, "last", 2, "before", before)).statusCode(200)
                .body("errors", equalTo(null)).extract().jsonPath();
        assertEquals(ofA.subList(0, 1), earlier.getList("data.a.summits.nodes.id"));
        assertFalse(earlier.getBoolean("data.a.summits.pageInfo.hasPreviousPage"));
        assertTrue(earlier.getBoolean("data.a.summits.pageInfo.hasNextPage"));
    }

    @Test
    void aBadBeforeCursorOrLastIsBadUserInput() {
        GraphQL.raw(SUMMITS, vars("last", 2, "before", "not a cursor!")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`before` is not a valid cursor for this list"));
        GraphQL.raw(SUMMITS, vars("last", -1)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`last` must not be negative (got -1)"));
    }

    private static JsonPath summits(String organization, Integer first, String after, Integer last, String before,
            String orderBy) {
        Map<String, Object> variables = vars("organization", organization, "after", after, "last", last,
                "before", before, "orderBy", orderBy);
        if (first != null) {
            variables.put("first", first);
        }
        return GraphQL.raw(SUMMITS, variables).statusCode(200).body("errors", equalTo(null))
                .extract().jsonPath().setRootPath("data.summits");
    }

    private static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
