package org.summitgraph.summit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Filters of summits combine with AND and totalCount counts what they keep; DATE_DESC pages newest first. */
@QuarkusTest
class SummitFiltersTest {

    private static final String BISHKEK_2025 = "csto-2025-11-27-bishkek";

    @Inject Fixtures fixtures;

    // --- dates ---

    @Test
    void fromAndToAreInclusive() {
        String organization = fixtures.organization("moscow");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2010, 5, 31), LocalDate.of(2010, 6, 1),
                LocalDate.of(2010, 12, 31), LocalDate.of(2011, 1, 1));

        filtered("organization", organization, "from", "2010-06-01", "to", "2010-12-31")
                .body("data.summits.totalCount", equalTo(2))
                .body("data.summits.nodes.id", contains(ids.get(1), ids.get(2)));
        filtered("organization", organization, "from", "2010-06-01")
                .body("data.summits.totalCount", equalTo(3))
                .body("data.summits.nodes.id", contains(ids.get(1), ids.get(2), ids.get(3)));
        filtered("organization", organization, "to", "2010-06-01")
                .body("data.summits.totalCount", equalTo(2))
                .body("data.summits.nodes.id", contains(ids.get(0), ids.get(1)));
        // a single day: from = to
        filtered("organization", organization, "from", "2010-12-31", "to", "2010-12-31")
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(ids.get(2)));
    }

    @Test
    void fromAfterToIsBadUserInput() {
        GraphQL.send("summitFilters", Map.of(), "from", "2020-01-02", "to", "2020-01-01")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("from"))
                .body("data", nullValue());
    }

    // --- places ---

    @ParameterizedTest(name = "city \"{0}\"")
    @ValueSource(strings = { "bishkek", "Bishkek", "Bichkek", "bichkek", "BICHKEK", "Бишкек" })
    void cityByIdOrByNameInAnyLanguageWhateverTheCase(String city) {
        String organization = fixtures.organization("moscow");
        String inBishkek = fixtures.summits(organization, LocalDate.of(2012, 1, 1)).get(0);
        fixtures.summitIn(organization, LocalDate.of(2013, 1, 1), "moscow");

        filtered("organization", organization, "city", city)
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(inBishkek));
    }

    @Test
    void cityOfTheDatasetByItsFrenchName() {
        // Douchanbé: the 2015 and 2021 sessions of the CSTO
        filtered("organization", "CSTO", "city", "douchanbé")
                .body("data.summits.totalCount", equalTo(2))
                .body("data.summits.nodes.id", contains("csto-2015-09-15-dushanbe", "csto-2021-09-16-dushanbe"));
    }

    @Test
    void anUnknownCityMatchesNothing() {
        filtered("organization", "CSTO", "city", "atlantis")
                .body("data.summits.totalCount", equalTo(0))
                .body("data.summits.nodes", empty());
    }

    @Test
    void hostCountryKeepsTheSummitsThatStateHosted() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2012, 1, 1));
        String moscow = fixtures.summitIn(organization, LocalDate.of(2013, 1, 1), "moscow");
        String petersburg = fixtures.summitIn(organization, LocalDate.of(2014, 1, 1), "saint-petersburg");
        fixtures.summitIn(organization, LocalDate.of(2015, 1, 1), "minsk");

        filtered("organization", organization, "hostCountry", "RU")
                .body("data.summits.totalCount", equalTo(2))
                .body("data.summits.nodes.id", contains(moscow, petersburg));
    }

    // --- participants ---

    @Test
    void participantKeepsOnlyTheSummitsThePersonAttended() {
        // Putin is the only participant of the dataset recorded at Bishkek 2025 alone
        filtered("participant", "vladimir-putin")
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(BISHKEK_2025));
    }

    @Test
    void participantCountryKeepsTheSummitsWhereTheStateWasRepresented() {
        filtered("organization", "CSTO", "participantCountry", "RU")
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(BISHKEK_2025));
    }

    @Test
    void participantFiltersOnNewSummits() {
        String organization = fixtures.organization("moscow");
        List<String> kyrgyz = fixtures.summits(organization, LocalDate.of(2012, 1, 1), LocalDate.of(2013, 1, 1));
        String moscow = fixtures.summitIn(organization, LocalDate.of(2014, 1, 1), "moscow");
        String russian = fixtures.participant(moscow, "RU");
        fixtures.participant(kyrgyz.get(1), "RU");

        filtered("organization", organization, "participant", russian)
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(moscow));
        filtered("organization", organization, "participantCountry", "RU")
                .body("data.summits.totalCount", equalTo(2))
                .body("data.summits.nodes.id", contains(kyrgyz.get(1), moscow));
        filtered("organization", organization, "participantCountry", "KG")
                .body("data.summits.totalCount", equalTo(2))
                .body("data.summits.nodes.id", contains(kyrgyz.get(0), kyrgyz.get(1)));
    }

    // --- all together ---

    @Test
    void filtersCombineWithAnd() {
        String organization = fixtures.organization("moscow");
        List<String> kyrgyz = fixtures.summits(organization, LocalDate.of(2011, 3, 1), LocalDate.of(2012, 3, 1));
        String moscow2012 = fixtures.summitIn(organization, LocalDate.of(2012, 6, 1), "moscow");
        String moscow2013 = fixtures.summitIn(organization, LocalDate.of(2013, 6, 1), "moscow");
        fixtures.participant(moscow2012, "RU");
        fixtures.participant(moscow2013, "RU");
        fixtures.participant(kyrgyz.get(1), "RU");

        filtered("organization", organization, "hostCountry", "RU", "participantCountry", "RU", "from", "2013-01-01")
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(moscow2013));
        filtered("organization", organization, "city", "Bichkek", "participantCountry", "RU")
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(kyrgyz.get(1)));
        filtered("organization", organization, "city", "Moscou", "to", "2012-12-31")
                .body("data.summits.totalCount", equalTo(1))
                .body("data.summits.nodes.id", contains(moscow2012));
        // conditions that no summit meets together, though each alone does
        filtered("organization", organization, "city", "bishkek", "hostCountry", "RU")
                .body("data.summits.totalCount", equalTo(0))
                .body("data.summits.nodes", empty());
    }

    @Test
    void totalCountCountsTheFilterNotThePage() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1), LocalDate.of(2016, 3, 1),
                LocalDate.of(2017, 1, 1));

        filtered("organization", organization, "to", "2016-12-31", "first", 1)
                .body("data.summits.totalCount", equalTo(3))
                .body("data.summits.pageInfo.hasNextPage", equalTo(true));
    }

    // --- newest first ---

    @Test
    void dateDescPagesWalkEverySummitOnceNewestFirst() {
        String organization = fixtures.organization("moscow");
        LocalDate day = LocalDate.of(2012, 5, 5);
        List<String> ids = new ArrayList<>(fixtures.summits(organization, LocalDate.of(2010, 1, 1), day,
                LocalDate.of(2014, 1, 1)));
        // two more that day, in other cities: one meeting per city and day
        ids.add(fixtures.summitIn(organization, day, "moscow"));
        ids.add(fixtures.summitIn(organization, day, "astana"));
        Map<String, LocalDate> dates = new HashMap<>();
        for (String id : ids) {
            dates.put(id, day);
        }
        dates.put(ids.get(0), LocalDate.of(2010, 1, 1));
        dates.put(ids.get(2), LocalDate.of(2014, 1, 1));
        // newest first; summits of one day by id, descending
        List<String> expected = new ArrayList<>(ids);
        expected.sort(Comparator.comparing((String id) -> dates.get(id)).thenComparing(id -> id).reversed());

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = filtered("organization", organization, "orderBy", "DATE_DESC", "first", 2, "after", after)
                    .extract().jsonPath().setRootPath("data.summits");
            assertEquals(5, page.getInt("totalCount"));
            assertEquals(page.getList("nodes.id"), page.getList("edges.node.id"));
            seen.addAll(page.getList("nodes.id"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 10);
        assertEquals(expected, seen);
        assertEquals(3, pages);
    }

    @Test
    void dateDescCombinesWithFilters() {
        String organization = fixtures.organization("moscow");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1),
                LocalDate.of(2020, 1, 1));
        filtered("organization", organization, "orderBy", "DATE_DESC", "from", "2019-01-01")
                .body("data.summits.totalCount", equalTo(2))
                .body("data.summits.nodes.id", contains(ids.get(2), ids.get(1)));
    }

    @Test
    void anAscendingCursorIsRefusedForDescendingOrder() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1), LocalDate.of(2012, 1, 1));
        String ascending = filtered("organization", organization, "orderBy", "DATE_ASC", "first", 1)
                .extract().path("data.summits.pageInfo.endCursor");

        GraphQL.send("summitFilters", Map.of(), "organization", organization, "orderBy", "DATE_DESC", "first", 1,
                "after", ascending)
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("cursor"));
    }

    @Test
    void aDescendingCursorIsRefusedForAscendingOrder() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
        String descending = filtered("organization", organization, "orderBy", "DATE_DESC", "first", 1)
                .extract().path("data.summits.pageInfo.endCursor");

        GraphQL.send("summitFilters", Map.of(), "organization", organization, "first", 1, "after", descending)
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    private static ValidatableResponse filtered(Object... variables) {
        return GraphQL.ok("summitFilters", variables);
    }
}
