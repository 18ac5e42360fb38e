package org.summitgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every type, field and argument of the public contract (src/test/resources/contract/contract.graphql) answers
 * with real data: front-ends and saved queries rely on each of them.
 */
@QuarkusTest
class ContractFieldsTest {

    private static final String BISHKEK = "csto-2025-11-27-bishkek";
    private static final String MOSCOW_2026 = "csto-2026-11-11-moscow";

    @Inject Fixtures fixtures;

    // --- Query.organizations, Query.countries ---

    @Test
    void organizationsAndCountriesAreListed() {
        GraphQL.ok("catalogue", "lang", "EN")
                .body("data.organizations.find { it.code == 'CSTO' }.name",
                        equalTo("Collective Security Treaty Organization"))
                .body("data.countries.code", hasItems("AM", "AZ", "BY", "GE", "KG", "KZ", "MD", "RU", "TJ", "UZ"))
                .body("data.countries.find { it.code == 'KG' }.name", equalTo("Kyrgyzstan"));
    }

    // --- Query.organization, Organization.code/name/acronym/headquarters, City.name/country ---

    @ParameterizedTest(name = "organization in {0}")
    @CsvSource({
            "EN, CSTO, Collective Security Treaty Organization,          Moscow",
            "FR, OTSC, Organisation du traité de sécurité collective,     Moscou",
            "RU, ОДКБ, Организация Договора о коллективной безопасности, Москва" })
    void organizationNamesAcronymAndSeatInEachLanguage(String lang, String acronym, String name, String seat) {
        GraphQL.ok("organizationProfile", "code", "CSTO", "lang", lang)
                .body("data.organization.code", equalTo("CSTO"))
                .body("data.organization.acronym", equalTo(acronym))
                .body("data.organization.name", equalTo(name))
                .body("data.organization.headquarters.name", equalTo(seat))
                .body("data.organization.headquarters.country.code", equalTo("RU"));
    }

    @Test
    void unknownOrganizationIsNull() {
        GraphQL.ok("organizationProfile", "code", "NOPE", "lang", null)
                .body("data.organization", nullValue());
    }

    // --- Organization.memberships(asOf, status), Membership.*, MembershipChange.*, Source.* ---

    @Test
    void membershipAnswersEveryField() {
        String armenia = "data.organization.memberships.find { it.country.code == 'AM' }";
        String suspension = armenia + ".history.find { it.status == 'SUSPENDED' }";
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2025-11-27", "status", "SUSPENDED", "lang", "FR")
                .body(armenia + ".organization.code", equalTo("CSTO"))
                .body(armenia + ".status", equalTo("SUSPENDED"))
                .body(armenia + ".since", equalTo("2024-02-22"))
                .body(armenia + ".history.collect { it.effective + ' ' + it.status }",
                        contains("1992-05-15 ACTIVE", "2024-02-22 SUSPENDED"))
                .body(suspension + ".note", startsWith("Participation gelée"))
                .body(suspension + ".sources.find { it.publishedOn == '2024-02-23' }.title",
                        equalTo("Novaya Gazeta Europe: Armenia suspends participation in the CSTO"))
                .body(suspension + ".sources.find { it.publishedOn == '2024-02-23' }.url",
                        startsWith("https://novayagazeta.eu/"))
                .body(suspension + ".sources.find { it.publishedOn == '2024-02-23' }.language", equalTo("EN"));
    }

    @Test
    void membershipChangeNoteTakesItsLanguage() {
        String georgiaJoins = "data.organization.memberships.find { it.country.code == 'GE' }.history"
                + ".find { it.status == 'ACTIVE' }.note";
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2000-01-01", "status", "WITHDRAWN", "lang", "EN")
                .body(georgiaJoins, containsString("the day is disputed"));
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2000-01-01", "status", "WITHDRAWN", "lang", "FR")
                .body(georgiaJoins, containsString("le jour est contesté"));
    }

    // --- Organization.chair(asOf), Organization.secretaryGeneral(asOf) ---

    @Test
    void chairAndSecretaryGeneralAtADate() {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2025-11-27")
                .body("data.organization.chair.code", equalTo("KG"))
                .body("data.organization.secretaryGeneral.id", equalTo("imangali-tasmagambetov"));
    }

    // --- Organization.summits(first, after), SummitConnection, SummitEdge, PageInfo ---

    @Test
    void organizationSummitsComeInPagesOldestFirst() {
        String page = "data.organization.summits";
        JsonPath first = GraphQL.ok("organizationSummitConnection", "code", "CSTO", "first", 2, "after", null)
                .body(page + ".totalCount", greaterThanOrEqualTo(18))
                .body(page + ".nodes", hasSize(2))
                .body(page + ".pageInfo.hasNextPage", equalTo(true))
                .extract().jsonPath();
        List<String> firstIds = first.getList(page + ".nodes.id");
        String endCursor = first.getString(page + ".pageInfo.endCursor");
        assertThat(first.getList(page + ".edges.node.id"), equalTo(firstIds));
        assertThat(endCursor, equalTo(first.getString(page + ".edges[1].cursor")));
        assertThat(first.getString(page + ".nodes[0].date"), lessThanOrEqualTo(first.getString(page + ".nodes[1].date")));

        GraphQL.ok("organizationSummitConnection", "code", "CSTO", "first", 2, "after", endCursor)
                .body(page + ".nodes", hasSize(2))
                .body(page + ".nodes.id", everyItem(not(in(firstIds))))
                .body(page + ".nodes.date", everyItem(greaterThanOrEqualTo(first.getString(page + ".nodes[1].date"))));
    }

    // --- Query.summits(organization, year, status, first, after) ---

    @ParameterizedTest(name = "{2} summits of {1}")
    @CsvSource({
            "csto-2025-11-27-bishkek, 2025, HELD",
            "csto-2026-11-11-moscow,  2026, SCHEDULED" })
    void summitsFilteredByOrganizationYearAndStatus(String id, int year, String status) {
        GraphQL.ok("summitSearch", "organization", "CSTO", "year", year, "status", status, "first", 20, "after", null)
                .body("data.summits.nodes.id", contains(id))
                .body("data.summits.nodes.status", contains(status))
                .body("data.summits.totalCount", equalTo(1));
    }

    @Test
    void summitsArePagedToTheLastPage() {
        // created out of date order, so that the list must follow the dates, not the insertions
        String organization = fixtures.organization("bishkek");
        List<String> ids = fixtures.summits(organization, LocalDate.of(2003, 1, 1), LocalDate.of(2001, 1, 1),
                LocalDate.of(2002, 1, 1));
        JsonPath first = GraphQL.ok("summitSearch", "organization", organization, "year", null, "status", null,
                "first", 2, "after", null)
                .body("data.summits.totalCount", equalTo(3))
                .body("data.summits.nodes.id", contains(ids.get(1), ids.get(2)))
                .body("data.summits.edges.node.id", contains(ids.get(1), ids.get(2)))
                .body("data.summits.pageInfo.hasNextPage", equalTo(true))
                .extract().jsonPath();
        assertThat(first.getString("data.summits.pageInfo.endCursor"),
                equalTo(first.getString("data.summits.edges[1].cursor")));

        GraphQL.ok("summitSearch", "organization", organization, "year", null, "status", null,
                "first", 2, "after", first.getString("data.summits.pageInfo.endCursor"))
                .body("data.summits.totalCount", equalTo(3))
                .body("data.summits.nodes.id", contains(ids.get(0)))
                .body("data.summits.edges.cursor", hasSize(1))
                .body("data.summits.pageInfo.hasNextPage", equalTo(false));
    }

    // --- Query.nextMeeting(organization, asOf), Organization.nextMeeting(asOf) ---

    @Test
    void nextMeetingAsOfADate() {
        GraphQL.ok("upcomingMeeting", "organization", "CSTO", "asOf", "2025-11-28")
                .body("data.nextMeeting.id", equalTo(MOSCOW_2026))
                .body("data.nextMeeting.date", equalTo("2026-11-11"))
                .body("data.nextMeeting.status", equalTo("SCHEDULED"))
                .body("data.organization.nextMeeting.id", equalTo(MOSCOW_2026));
    }

    // --- Query.country, Country.code/name/memberships(asOf) ---

    @Test
    void countryAnswersEveryField() {
        GraphQL.ok("countryMemberships", "code", "AM", "asOf", "2025-11-27", "lang", "FR")
                .body("data.country.code", equalTo("AM"))
                .body("data.country.name", equalTo("Arménie"))
                .body("data.country.memberships.organization.code", contains("CSTO"))
                .body("data.country.memberships.country.code", contains("AM"))
                .body("data.country.memberships.status", contains("SUSPENDED"))
                .body("data.country.memberships.since", contains("2024-02-22"));
    }

    // --- Query.person, Person.*, Position.* ---

    @Test
    void personAnswersEveryField() {
        GraphQL.ok("personProfile", "id", "vladimir-putin", "lang", "FR")
                .body("data.person.id", equalTo("vladimir-putin"))
                .body("data.person.name", equalTo("Vladimir Poutine"))
                .body("data.person.country.code", equalTo("RU"))
                .body("data.person.positions.title", contains("Président de la Russie"))
                .body("data.person.participations.summit.id", contains(BISHKEK))
                .body("data.person.participations.person.id", contains("vladimir-putin"))
                .body("data.person.participations.country.code", contains("RU"))
                .body("data.person.participations.role", contains("HEAD_OF_STATE"))
                .body("data.person.statements.summit.id", contains(BISHKEK))
                .body("data.person.statements.speaker.id", contains("vladimir-putin"))
                .body("data.person.statements[0].summary", startsWith("Vladimir Poutine a proposé"))
                .body("data.person.statements[0].quotes", hasItem(startsWith("Avec nos partenaires")))
                .body("data.person.statements[0].sources.title", hasItem(startsWith("Article de presse")));
    }

    @Test
    void positionOfAStateAnswersEveryField() {
        String presidency = "data.person.positions[0]";
        GraphQL.ok("personProfile", "id", "vladimir-putin", "lang", "EN")
                .body(presidency + ".title", equalTo("President of Russia"))
                .body(presidency + ".country.code", equalTo("RU"))
                .body(presidency + ".organization", nullValue())
                .body(presidency + ".start", equalTo("2012-05-07"))
                .body(presidency + ".end", nullValue())
                .body(presidency + ".sources.url", hasItem("https://en.wikipedia.org/wiki/Vladimir_Putin"))
                .body(presidency + ".sources.title", hasItem("Wikipedia: Vladimir Putin"))
                .body(presidency + ".sources.language", containsInAnyOrder("EN", "FR"));
    }

    @Test
    void positionInAnOrganizationAnswersEveryField() {
        String term = "data.person.positions[0]";
        GraphQL.ok("personProfile", "id", "imangali-tasmagambetov", "lang", "RU")
                .body("data.person.positions", hasSize(1))
                .body(term + ".title", equalTo("Генеральный секретарь ОДКБ"))
                .body(term + ".organization.code", equalTo("CSTO"))
                .body(term + ".country", nullValue())
                .body(term + ".start", equalTo("2023-01-01"))
                .body(term + ".end", equalTo("2025-12-31"))
                .body(term + ".sources.url", hasItem("https://tass.com/politics/2058773"));
    }

    // --- Query.people(country, first, after), PersonConnection, PersonEdge, PageInfo ---

    @Test
    void peopleOfACountryComeInPages() {
        // the dataset's three Russians: Bordyuzha, Semerikov, Putin, ordered by id
        JsonPath first = GraphQL.ok("peopleConnection", "country", "RU", "first", 2, "after", null)
                .body("data.people.totalCount", equalTo(3))
                .body("data.people.nodes.id", contains("nikolai-bordyuzha", "valery-semerikov"))
                .body("data.people.nodes.country.code", everyItem(equalTo("RU")))
                .body("data.people.edges.node.id", contains("nikolai-bordyuzha", "valery-semerikov"))
                .body("data.people.edges.cursor", everyItem(notNullValue()))
                .body("data.people.pageInfo.hasNextPage", equalTo(true))
                .extract().jsonPath();
        String endCursor = first.getString("data.people.pageInfo.endCursor");
        assertThat(endCursor, equalTo(first.getString("data.people.edges[1].cursor")));

        GraphQL.ok("peopleConnection", "country", "RU", "first", 2, "after", endCursor)
                .body("data.people.nodes.id", contains("vladimir-putin"))
                .body("data.people.edges.node.id", contains("vladimir-putin"))
                .body("data.people.pageInfo.hasNextPage", equalTo(false));
    }

    // --- Query.summit, Summit.*, Participation.*, Statement.*, Document.* ---

    @Test
    void summitAnswersEveryField() {
        GraphQL.ok("summitRecord", "id", BISHKEK, "lang", "EN")
                .body("data.summit.id", equalTo(BISHKEK))
                .body("data.summit.organization.code", equalTo("CSTO"))
                .body("data.summit.title", equalTo("CSTO Collective Security Council session, Bishkek 2025"))
                .body("data.summit.date", equalTo("2025-11-27"))
                .body("data.summit.status", equalTo("HELD"))
                .body("data.summit.city.name", equalTo("Bishkek"))
                .body("data.summit.city.country.code", equalTo("KG"))
                .body("data.summit.hostCountry.code", equalTo("KG"))
                .body("data.summit.chair.code", equalTo("KG"))
                .body("data.summit.participants", hasSize(7))
                .body("data.summit.statements", hasSize(3))
                .body("data.summit.documents", hasSize(6))
                .body("data.summit.nextMeeting.id", equalTo(MOSCOW_2026))
                .body("data.summit.sources.title", hasItem(startsWith("Kremlin: transcript")));
    }

    @Test
    void videoconferenceHasNoCity() {
        GraphQL.ok("summitRecord", "id", "csto-2020-12-02-videoconference", "lang", "EN")
                .body("data.summit.city", nullValue())
                .body("data.summit.hostCountry.code", equalTo("RU"))
                .body("data.summit.chair.code", equalTo("RU"));
    }

    @Test
    void participationAnswersEveryField() {
        String putin = "data.summit.participants.find { it.person.id == 'vladimir-putin' }";
        String secretary = "data.summit.participants.find { it.person.id == 'taalatbek-masadykov' }";
        GraphQL.ok("summitRecord", "id", BISHKEK, "lang", "EN")
                .body(putin + ".summit.id", equalTo(BISHKEK))
                .body(putin + ".person.name", equalTo("Vladimir Putin"))
                .body(putin + ".country.code", equalTo("RU"))
                .body(putin + ".role", equalTo("HEAD_OF_STATE"))
                .body(secretary + ".country", nullValue())
                .body(secretary + ".role", equalTo("SECRETARY_GENERAL"));
    }

    @Test
    void statementAnswersEveryField() {
        String rahmon = "data.summit.statements.find { it.speaker.id == 'emomali-rahmon' }";
        GraphQL.ok("summitRecord", "id", BISHKEK, "lang", "EN")
                .body(rahmon + ".summit.id", equalTo(BISHKEK))
                .body(rahmon + ".summary", startsWith("Rahmon described the international situation"))
                .body(rahmon + ".quotes", contains("complex and difficult to predict"))
                .body(rahmon + ".sources.title", contains(startsWith("Article de presse")))
                .body(rahmon + ".sources.language", contains("FR"))
                .body(rahmon + ".sources.url", contains(nullValue()));
    }

    @Test
    void documentAnswersEveryField() {
        String budget = "data.summit.documents.find { it.title == 'On the CSTO budget for 2026' }";
        GraphQL.ok("summitRecord", "id", BISHKEK, "lang", "EN")
                .body(budget + ".summit.id", equalTo(BISHKEK))
                .body(budget + ".kind", equalTo("DECISION"))
                .body(budget + ".sources.title", contains(startsWith("Article de presse")));
    }

    @Test
    void sourceAnswersEveryField() {
        GraphQL.ok("summitRecord", "id", "csto-2015-12-21-moscow", "lang", "EN")
                .body("data.summit.sources.title", contains(
                        "President of Armenia: working visit of Serzh Sargsyan to Russia, 21 December 2015"))
                .body("data.summit.sources.url", contains(startsWith("https://president.am/")))
                .body("data.summit.sources.language", contains("EN"))
                .body("data.summit.sources.publishedOn", contains("2015-12-21"));
    }

    // --- languages: fallback to English, Accept-Language, lang overriding it ---

    @Test
    void textMissingInTheLanguageAskedForFallsBackToEnglish() {
        String organization = fixtures.organization("bishkek");
        String summit = fixtures.summits(organization, LocalDate.of(2004, 1, 1)).get(0);
        String speaker = GraphQL.ok("summitRecord", "id", summit, "lang", "EN")
                .extract().path("data.summit.participants[0].person.id");
        // fixtures name their speakers in English only
        GraphQL.ok("personProfile", "id", speaker, "lang", "RU")
                .body("data.person.name", equalTo("Test speaker " + speaker));
    }

    @Test
    void datasetTextWithoutRussianFallsBackToEnglish() {
        // summit titles of the dataset exist in English and French only
        GraphQL.ok("summitRecord", "id", BISHKEK, "lang", "RU")
                .body("data.summit.title", equalTo("CSTO Collective Security Council session, Bishkek 2025"))
                .body("data.summit.city.name", equalTo("Бишкек"));
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource({
            "fr,                   Vladimir Poutine",
            "'fr-FR,fr;q=0.9',     Vladimir Poutine",
            "ru,                   Владимир Путин",
            "'de,en;q=0.5',        Vladimir Putin" })
    void acceptLanguageChoosesTheLanguageWhenLangIsAbsent(String acceptLanguage, String name) {
        GraphQL.okWithHeaders("personDefaultName", Map.of("Accept-Language", acceptLanguage), "id", "vladimir-putin")
                .body("data.person.name", equalTo(name));
    }

    @Test
    void withoutAcceptLanguageTextsAreInEnglish() {
        GraphQL.ok("personDefaultName", "id", "vladimir-putin")
                .body("data.person.name", equalTo("Vladimir Putin"));
    }

    @Test
    void langArgumentOverridesAcceptLanguage() {
        GraphQL.okWithHeaders("personProfile", Map.of("Accept-Language", "fr"), "id", "vladimir-putin", "lang", "EN")
                .body("data.person.name", equalTo("Vladimir Putin"))
                .body("data.person.positions[0].title", equalTo("President of Russia"));
    }
}
