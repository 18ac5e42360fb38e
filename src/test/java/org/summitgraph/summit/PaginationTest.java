package org.summitgraph.summit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Cursor pagination of summits, oldest first, with totalCount matching the filter. */
@QuarkusTest
class PaginationTest {

    @Inject Fixtures fixtures;

    @Test
    void pagesWalkEverySummitOnceInDateOrder() {
        String organization = fixtures.organization("moscow");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2010, 3, 1), LocalDate.of(2011, 3, 1),
                LocalDate.of(2012, 3, 1), LocalDate.of(2013, 3, 1), LocalDate.of(2014, 3, 1));

        JsonPath first = page(organization, 2, null);
        assertEquals(5, first.getInt("totalCount"));
        assertEquals(ids.subList(0, 2), first.getList("nodes.id"));
        assertEquals(first.getList("nodes.id"), first.getList("edges.node.id"));
        assertEquals(true, first.getBoolean("pageInfo.hasNextPage"));
        assertEquals(first.getString("edges[1].cursor"), first.getString("pageInfo.endCursor"));

        JsonPath second = page(organization, 2, first.getString("pageInfo.endCursor"));
        assertEquals(ids.subList(2, 4), second.getList("nodes.id"));
        assertEquals(5, second.getInt("totalCount"));

        JsonPath last = page(organization, 2, second.getString("pageInfo.endCursor"));
        assertEquals(ids.subList(4, 5), last.getList("nodes.id"));
        assertEquals(false, last.getBoolean("pageInfo.hasNextPage"));
    }

    @Test
    void aCursorStaysValidWhenEarlierSummitsAreInserted() {
        String organization = fixtures.organization("moscow");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 1),
                LocalDate.of(2021, 1, 1));
        String cursor = page(organization, 1, null).getString("pageInfo.endCursor");

        fixtures.summits(organization, LocalDate.of(2019, 1, 1));

        JsonPath next = page(organization, 5, cursor);
        assertEquals(ids.subList(1, 3), next.getList("nodes.id"));
        assertEquals(4, next.getInt("totalCount"));
    }

    @Test
    void summitsOnTheSameDayAreOrderedByIdAndNeverSkipped() {
        String organization = fixtures.organization("moscow");
        LocalDate day = LocalDate.of(2015, 5, 5);
        // one meeting per city and day: the same day in three cities
        List<String> ids = new ArrayList<>(List.of(fixtures.summitIn(organization, day, "bishkek"),
                fixtures.summitIn(organization, day, "moscow"), fixtures.summitIn(organization, day, "astana")));
        ids.sort(null);
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = page(organization, 1, after);
            seen.addAll(page.getList("nodes.id"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(ids, seen);
    }

    @Test
    void yearAndStatusFiltersCombineAndCount() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2030, 1, 10), LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1));
        String cancelled = fixtures.summit(organization, LocalDate.of(2030, 7, 1), SummitStatus.CANCELLED);

        GraphQL.ok("summitPage", "organization", organization, "year", 2030, "first", 10)
                .body("data.summits.totalCount", equalTo(3))
                .body("data.summits.nodes", hasSize(3));
        GraphQL.ok("summitPage", "organization", organization, "year", 2030, "status", "CANCELLED", "first", 10)
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(cancelled));
    }

    @Test
    void anEmptyPageStillCounts() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2040, 1, 1), LocalDate.of(2041, 1, 1));
        GraphQL.ok("summitPage", "organization", organization, "first", 0)
                .body("data.summits.totalCount", equalTo(2))
                .body("data.summits.nodes", hasSize(0))
                .body("data.summits.pageInfo.endCursor", nullValue())
                .body("data.summits.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void organizationSummitsPageLikeTheTopLevelList() {
        String organization = fixtures.organization("moscow");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2001, 2, 3), LocalDate.of(2002, 2, 3),
                LocalDate.of(2003, 2, 3));
        JsonPath first = GraphQL.ok("organizationSummitPages", "code", organization, "first", 2)
                .extract().jsonPath().setRootPath("data.organization.summits");
        assertEquals(3, first.getInt("totalCount"));
        assertEquals(ids.subList(0, 2), first.getList("nodes.id"));
        assertEquals(true, first.getBoolean("pageInfo.hasNextPage"));

        JsonPath rest = GraphQL.ok("organizationSummitPages", "code", organization, "first", 2,
                "after", first.getString("pageInfo.endCursor"))
                .extract().jsonPath().setRootPath("data.organization.summits");
        assertEquals(ids.subList(2, 3), rest.getList("nodes.id"));
        assertEquals(false, rest.getBoolean("pageInfo.hasNextPage"));
    }

    private static JsonPath page(String organization, int first, String after) {
        return GraphQL.ok("summitPage", "organization", organization, "first", first, "after", after)
                .extract().jsonPath().setRootPath("data.summits");
    }
}
