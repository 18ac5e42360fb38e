package org.summitgraph.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** people(country, position, organization) combine with AND; totalCount counts the filter. */
@QuarkusTest
class PeopleFiltersTest {

    /** By id, the order of the list. */
    private static final List<String> SECRETARIES_GENERAL = List.of("imangali-tasmagambetov", "nikolai-bordyuzha",
            "stanislav-zas", "taalatbek-masadykov", "valery-semerikov", "yuri-khachaturov");
    private static final List<String> PRESIDENTS = List.of("alexander-lukashenko", "emomali-rahmon",
            "kassym-jomart-tokayev", "sadyr-japarov", "vladimir-putin");

    @Inject Fixtures fixtures;

    @Test
    void secretariesGeneralOfTheCsto() {
        JsonPath people = page(null, "SECRETARY_GENERAL", "CSTO");
        assertEquals(SECRETARIES_GENERAL, people.getList("nodes.id"));
        assertEquals(6, people.getInt("totalCount"));
    }

    @Test
    void headsOfState() {
        JsonPath people = page(null, "HEAD_OF_STATE", null);
        assertEquals(PRESIDENTS, people.getList("nodes.id"));
        assertEquals(5, people.getInt("totalCount"));
    }

    @Test
    void theOrganizationAloneTakesOfficersAndSummitParticipants() {
        // a participant of another organization's summit is not one of the CSTO's people
        String outsider = fixtures.participant(
                fixtures.summits(fixtures.organization("moscow"), LocalDate.of(2012, 1, 1)).get(0), "RU");
        JsonPath people = page(null, null, "CSTO");
        List<String> ids = people.getList("nodes.id");
        assertTrue(ids.containsAll(SECRETARIES_GENERAL), () -> "Secretaries General in " + ids);
        assertTrue(ids.containsAll(PRESIDENTS), () -> "presidents in " + ids);
        assertFalse(ids.contains(outsider));
        assertEquals(people.getInt("totalCount"), ids.size());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids, "ordered by id");
    }

    @Test
    void theOrganizationOfANewSummitTakesItsParticipants() {
        String organization = fixtures.organization("bishkek");
        String summit = fixtures.summits(organization, LocalDate.of(2012, 1, 1)).get(0);
        String tajik = fixtures.participant(summit, "TJ");
        String official = fixtures.participant(summit, null);

        JsonPath all = page(null, null, organization);
        assertEquals(3, all.getInt("totalCount"));
        assertTrue(all.getList("nodes.id").containsAll(List.of(tajik, official)));
        GraphQL.ok("peopleFilters", "organization", organization, "country", "TJ", "first", 100)
                .body("data.people.totalCount", equalTo(1))
                .body("data.people.nodes.id", contains(tajik));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "RU, SECRETARY_GENERAL, CSTO, nikolai-bordyuzha valery-semerikov",
            "RU, SECRETARY_GENERAL, -,    nikolai-bordyuzha valery-semerikov",
            "RU, HEAD_OF_STATE,     -,    vladimir-putin",
            "KZ, HEAD_OF_STATE,     -,    kassym-jomart-tokayev",
            "KZ, SECRETARY_GENERAL, CSTO, imangali-tasmagambetov",
            "KG, SECRETARY_GENERAL, CSTO, taalatbek-masadykov",
            "BY, SECRETARY_GENERAL, CSTO, stanislav-zas",
            "AM, HEAD_OF_STATE,     -,    -" })
    void countryAndPositionCombine(String country, String position, String organization, String expected) {
        List<String> ids = expected == null ? List.of() : List.of(expected.split(" "));
        JsonPath people = page(country, position, organization);
        assertEquals(ids, people.getList("nodes.id"));
        assertEquals(ids.size(), people.getInt("totalCount"));
    }

    @Test
    void filteredPagesWalkTheMatchesOnce() {
        JsonPath first = GraphQL.ok("peopleFilters", "position", "SECRETARY_GENERAL", "organization", "CSTO",
                "first", 4).extract().jsonPath().setRootPath("data.people");
        assertEquals(6, first.getInt("totalCount"));
        assertEquals(SECRETARIES_GENERAL.subList(0, 4), first.getList("nodes.id"));
        assertTrue(first.getBoolean("pageInfo.hasNextPage"));

        JsonPath rest = GraphQL.ok("peopleFilters", "position", "SECRETARY_GENERAL", "organization", "CSTO",
                "first", 4, "after", first.getString("pageInfo.endCursor")).extract().jsonPath()
                .setRootPath("data.people");
        assertEquals(6, rest.getInt("totalCount"));
        assertEquals(SECRETARIES_GENERAL.subList(4, 6), rest.getList("nodes.id"));
        assertFalse(rest.getBoolean("pageInfo.hasNextPage"));
    }

    @Test
    void aPositionInAnotherOrganizationDoesNotCount() {
        // the new organization has no Secretary General, whoever held that post in the CSTO
        String organization = fixtures.organization("moscow");
        GraphQL.ok("peopleFilters", "position", "SECRETARY_GENERAL", "organization", organization, "first", 100)
                .body("data.people.totalCount", equalTo(0))
                .body("data.people.nodes.id", not(hasItem("nikolai-bordyuzha")));
        GraphQL.ok("peopleFilters", "position", "SECRETARY_GENERAL", "first", 100)
                .body("data.people.nodes.id", hasItems(SECRETARIES_GENERAL.toArray(String[]::new)));
    }

    private static JsonPath page(String country, String position, String organization) {
        return GraphQL.ok("peopleFilters", "country", country, "position", position, "organization", organization,
                "first", 100).extract().jsonPath().setRootPath("data.people");
    }
}
