package org.summitgraph.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Aggregates for charts agree with the lists they sum up. */
@QuarkusTest
class ChartsTest {

    @Inject Fixtures fixtures;

    // --- members by status ---

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = { "1993-01-01", "2000-01-01", "2013-01-01", "2025-11-27" })
    void membersByStatusMatchesTheMembershipsOfThatDay(String asOf) {
        JsonPath organization = GraphQL.ok("membershipStatistics", "code", "CSTO", "asOf", asOf).extract().jsonPath()
                .setRootPath("data.organization");
        Map<String, Integer> counts = counts(organization.getList("membersByStatus"), "status");
        assertEquals(List.of("ACTIVE", "SUSPENDED", "WITHDRAWN"), counts.keySet().stream().sorted().toList());

        List<String> statuses = organization.getList("memberships.status");
        assertEquals(statuses.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
        counts.forEach((status, count) -> assertEquals(
                statuses.stream().filter(status::equals).count(), count.longValue(), status));
    }

    @Test
    void membersByStatusOnTheDayOfTheBishkekSummit() {
        JsonPath organization = GraphQL.ok("membershipStatistics", "code", "CSTO", "asOf", "2025-11-27").extract()
                .jsonPath().setRootPath("data.organization");
        assertEquals(Map.of("ACTIVE", 5, "SUSPENDED", 2, "WITHDRAWN", 2),
                counts(organization.getList("membersByStatus"), "status"));
    }

    @Test
    void membersByStatusListsEveryStatusEvenWithoutMembers() {
        JsonPath organization = GraphQL.ok("membershipStatistics", "code", "CSTO", "asOf", "1990-01-01").extract()
                .jsonPath().setRootPath("data.organization");
        assertEquals(Map.of("ACTIVE", 0, "SUSPENDED", 0, "WITHDRAWN", 0),
                counts(organization.getList("membersByStatus"), "status"));
        assertEquals(0, organization.getList("memberships").size());
    }

    // --- summits per year ---

    @Test
    void summitsPerYearAddUpToTheSummitsAndMatchEachYear() {
        JsonPath statistics = GraphQL.ok("summitStatistics", "code", "CSTO").extract().jsonPath();
        Map<Integer, Integer> perYear = new LinkedHashMap<>();
        List<Map<String, Integer>> years = statistics.getList("data.organization.summitsPerYear");
        for (Map<String, Integer> entry : years) {
            perYear.put(entry.get("year"), entry.get("count"));
        }
        assertEquals(statistics.getInt("data.summits.totalCount"),
                perYear.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(perYear.keySet().stream().sorted().toList(), List.copyOf(perYear.keySet()), "by year");
        // 2022: the January videoconference, Moscow and Yerevan
        assertEquals(3, perYear.get(2022));
        for (int year : List.of(2016, 2021, 2022, 2025)) {
            int total = GraphQL.ok("summitCount", "organization", "CSTO", "year", year).extract()
                    .path("data.summits.totalCount");
            assertEquals(total, perYear.get(year), "summits of " + year);
        }
        assertFalse(perYear.containsKey(2014), "no summit on record in 2014");
    }

    @Test
    void summitsPerYearOfNewSummits() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), LocalDate.of(2013, 6, 1));
        JsonPath statistics = GraphQL.ok("summitStatistics", "code", organization).extract().jsonPath();
        assertEquals(List.of(2011, 2013), statistics.getList("data.organization.summitsPerYear.year"));
        assertEquals(List.of(2, 1), statistics.getList("data.organization.summitsPerYear.count"));
        assertEquals(3, statistics.getInt("data.summits.totalCount"));
    }

    // --- summits per host country ---

    @Test
    void summitsPerHostCountryMatchTheHostCountryFilter() {
        JsonPath statistics = GraphQL.ok("summitStatistics", "code", "CSTO").extract().jsonPath();
        Map<String, Integer> perCountry = counts(
                statistics.getList("data.organization.summitsPerHostCountry"), "country.code");
        perCountry.forEach((country, count) -> assertEquals(
                (int) GraphQL.ok("summitCount", "organization", "CSTO", "hostCountry", country).extract()
                        .path("data.summits.totalCount"),
                count, "summits hosted by " + country));
        // every CSTO summit on record has a host, videoconferences included
        assertEquals(statistics.getInt("data.summits.totalCount"),
                perCountry.values().stream().mapToInt(Integer::intValue).sum());
        assertMostFirst(List.copyOf(perCountry.values()));
    }

    @Test
    void summitsWithoutHostAreLeftOutOfSummitsPerHostCountry() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2011, 1, 1), LocalDate.of(2012, 1, 1));
        fixtures.summitIn(organization, LocalDate.of(2013, 1, 1), "moscow");
        fixtures.summit(organization, LocalDate.of(2014, 1, 1), SummitStatus.HELD);

        JsonPath statistics = GraphQL.ok("summitStatistics", "code", organization).extract().jsonPath();
        assertEquals(4, statistics.getInt("data.summits.totalCount"));
        Map<String, Integer> perCountry = counts(
                statistics.getList("data.organization.summitsPerHostCountry"), "country.code");
        assertEquals(List.of("KG", "RU"), List.copyOf(perCountry.keySet()));
        assertEquals(List.of(2, 1), List.copyOf(perCountry.values()));
    }

    // --- participations per country ---

    @Test
    void participationsPerCountryCountTheSeatsOfEachState() {
        String organization = fixtures.organization("moscow");
        List<String> summits = fixtures.summits(organization, LocalDate.of(2011, 1, 1), LocalDate.of(2012, 1, 1));
        String moscow = fixtures.summitIn(organization, LocalDate.of(2013, 1, 1), "moscow");
        fixtures.participant(summits.get(0), "RU");
        fixtures.participant(moscow, "RU");
        fixtures.participant(moscow, "RU");
        fixtures.participant(moscow, "BY");
        // an organization's official represents no state and is not counted
        fixtures.participant(moscow, null);

        Map<String, Integer> perCountry = counts(GraphQL.ok("summitStatistics", "code", organization).extract()
                .jsonPath().getList("data.organization.participationsPerCountry"), "country.code");
        assertEquals(List.of("RU", "KG", "BY"), List.copyOf(perCountry.keySet()), "most first");
        assertEquals(List.of(3, 2, 1), List.copyOf(perCountry.values()));

        // the same counts from the participants listed summit by summit
        List<String> seats = GraphQL.ok("summitSeats", "organization", organization).extract()
                .path("data.summits.nodes.participants.flatten().findAll { it.country != null }.country.code");
        Map<String, Integer> listed = new HashMap<>();
        seats.forEach(country -> listed.merge(country, 1, Integer::sum));
        assertEquals(listed, perCountry);
    }

    @Test
    void participationsPerCountryOfTheCstoMatchItsParticipants() {
        Map<String, Integer> perCountry = counts(GraphQL.ok("summitStatistics", "code", "CSTO").extract().jsonPath()
                .getList("data.organization.participationsPerCountry"), "country.code");
        List<String> seats = GraphQL.ok("summitSeats", "organization", "CSTO").extract()
                .path("data.summits.nodes.participants.flatten().findAll { it.country != null }.country.code");
        Map<String, Integer> listed = new HashMap<>();
        seats.forEach(country -> listed.merge(country, 1, Integer::sum));
        assertEquals(listed, perCountry);
        assertTrue(perCountry.containsKey("RU"));
    }

    /** {@code {key: count}} of a list of counts, in the list's order; key is a path such as "country.code". */
    private static Map<String, Integer> counts(List<Map<String, Object>> entries, String key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            Object k = key.equals("country.code") ? ((Map<?, ?>) entry.get("country")).get("code") : entry.get(key);
            counts.put((String) k, (Integer) entry.get("count"));
        }
        return counts;
    }

    private static void assertMostFirst(List<Integer> counts) {
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), () -> "most first: " + counts);
        }
    }
}
