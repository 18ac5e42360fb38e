package org.summitgraph.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PeoplePaginationTest {

    @Inject Fixtures fixtures;

    @Test
    void pagesOfThreeWalkEveryPersonOnceByIdAndMatchTotalCount() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int total;
        do {
            JsonPath page = GraphQL.ok("peoplePage", "first", 3, "after", after).extract().jsonPath()
                    .setRootPath("data.people");
            total = page.getInt("totalCount");
            seen.addAll(page.getList("nodes.id"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(total, seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no person twice");
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen);
        assertTrue(seen.contains("vladimir-putin"));
    }

    @Test
    void theCountryFilterKeepsOnlyThatCountrysPeople() {
        JsonPath page = GraphQL.ok("peoplePage", "country", "RU", "first", 100).extract().jsonPath()
                .setRootPath("data.people");
        List<String> ids = page.getList("nodes.id");
        assertEquals(page.getInt("totalCount"), ids.size());
        assertTrue(ids.containsAll(List.of("vladimir-putin", "nikolai-bordyuzha", "valery-semerikov")));
        assertTrue(!ids.contains("sadyr-japarov"));
    }

    @Test
    void newPeopleShowUpInTheirCountrysCount() {
        int before = GraphQL.ok("peoplePage", "country", "KG", "first", 0).extract().path("data.people.totalCount");
        fixtures.summits(fixtures.organization("bishkek"), LocalDate.of(2011, 1, 1));
        int after = GraphQL.ok("peoplePage", "country", "KG", "first", 0).extract().path("data.people.totalCount");
        assertEquals(before + 1, after);
    }
}
