package org.summitgraph.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.FixedClockProducer;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** The state of the CSTO at past and future dates: memberships, chairs, Secretaries General, next meeting. */
@QuarkusTest
class HistoryTest {

    private static final String MOSCOW_2026 = "csto-2026-11-11-moscow";

    @Inject Fixtures fixtures;

    private static String membershipOf(String country) {
        return "data.organization.memberships.find { it.country.code == '" + country + "' }";
    }

    // --- membership status at a date ---

    @ParameterizedTest(name = "{0} is {2} on {1}")
    @CsvSource({
            "UZ, 2000-01-01, WITHDRAWN, 1999-04-20",
            "UZ, 2010-01-01, ACTIVE,    2006-06-23",
            "UZ, 2013-01-01, SUSPENDED, 2012-12-19",
            "AM, 2023-06-01, ACTIVE,    1992-05-15",
            "AM, 2025-06-01, SUSPENDED, 2024-02-22" })
    void membershipStatusAndSinceAtADate(String country, String asOf, String status, String since) {
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", asOf, "status", null, "lang", null)
                .body(membershipOf(country) + ".status", equalTo(status))
                .body(membershipOf(country) + ".since", equalTo(since));
    }

    @Test
    void historyListsEveryChangeOldestFirst() {
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2025-11-27", "status", null, "lang", null)
                .body(membershipOf("UZ") + ".history.collect { it.effective + ' ' + it.status }", contains(
                        "1992-05-15 ACTIVE", "1999-04-20 WITHDRAWN", "2006-06-23 ACTIVE", "2012-12-19 SUSPENDED"));
    }

    @Test
    void everyChangeOfHistoryHasASourceOnline() {
        String urls = membershipOf("UZ") + ".history.collect { it.sources.url }";
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2025-11-27", "status", null, "lang", null)
                .body(urls, hasSize(4))
                .body(urls, everyItem(hasItem(startsWith("http"))));
    }

    @Test
    void stateThatHadNotJoinedYetIsAbsent() {
        // Belarus joined on 1993-12-31, after the founding signatories
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "1993-01-01", "status", null, "lang", null)
                .body("data.organization.memberships.country.code", hasItems("AM", "KG", "KZ", "RU", "TJ", "UZ"))
                .body("data.organization.memberships.country.code", not(hasItem("BY")));
    }

    @Test
    void stateIsListedFromTheDayItJoined() {
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "1993-12-31", "status", null, "lang", null)
                .body(membershipOf("BY") + ".status", equalTo("ACTIVE"))
                .body(membershipOf("BY") + ".since", equalTo("1993-12-31"));
    }

    @Test
    void statusFilterKeepsOnlySuspendedMembers() {
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2025-11-27", "status", "SUSPENDED", "lang", null)
                .body("data.organization.memberships.country.code", containsInAnyOrder("AM", "UZ"))
                .body("data.organization.memberships.status", everyItem(equalTo("SUSPENDED")));
    }

    @Test
    void statusFilterAppliesToTheStatusAtTheDateAskedFor() {
        // Armenia was active in 2023: only Uzbekistan was suspended then
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2023-06-01", "status", "SUSPENDED", "lang", null)
                .body("data.organization.memberships.country.code", contains("UZ"));
    }

    @ParameterizedTest(name = "Uzbekistan is {1} on {0}")
    @CsvSource({
            "2000-01-01, WITHDRAWN",
            "2010-01-01, ACTIVE",
            "2013-01-01, SUSPENDED" })
    void countryMembershipsAtADate(String asOf, String status) {
        GraphQL.ok("countryMemberships", "code", "UZ", "asOf", asOf, "lang", null)
                .body("data.country.memberships.collect { it.organization.code + ' ' + it.status }",
                        contains("CSTO " + status));
    }

    @Test
    void countryHasNoMembershipBeforeJoining() {
        GraphQL.ok("countryMemberships", "code", "BY", "asOf", "1993-01-01", "lang", null)
                .body("data.country.code", equalTo("BY"))
                .body("data.country.memberships", empty());
    }

    // --- officers at a date ---

    @ParameterizedTest(name = "Secretary General on {0}: {1}")
    @CsvSource({
            "2010-01-01, nikolai-bordyuzha",
            "2017-03-01, valery-semerikov",
            "2018-01-01, yuri-khachaturov",
            "2019-06-01, valery-semerikov",
            "2021-01-01, stanislav-zas",
            "2024-06-01, imangali-tasmagambetov",
            "2027-01-01, taalatbek-masadykov" })
    void secretaryGeneralAtADate(String asOf, String person) {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", asOf)
                .body("data.organization.secretaryGeneral.id", equalTo(person));
    }

    @ParameterizedTest(name = "chair on {0}: {1}")
    @CsvSource({
            "2016-01-01, AM",
            "2018-01-01, KZ",
            "2020-06-01, RU",
            "2024-06-01, KZ",
            "2025-06-01, KG",
            "2026-06-01, RU" })
    void chairAtADate(String asOf, String country) {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", asOf)
                .body("data.organization.chair.code", equalTo(country));
    }

    @Test
    void noOfficerIsKnownBeforeTheRecords() {
        // the earliest chair on record is Tajikistan's at the 2015 session, the first Secretary General took office in 2003
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2000-01-01")
                .body("data.organization.chair", nullValue())
                .body("data.organization.secretaryGeneral", nullValue());
    }

    @Test
    void withoutDateOfficersAreThoseOfToday() {
        // today is FixedClockProducer.TODAY, 2026-06-15: Russia's chairmanship, Masadykov's term
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", null)
                .body("data.organization.chair.code", equalTo("RU"))
                .body("data.organization.secretaryGeneral.id", equalTo("taalatbek-masadykov"));
    }

    @Test
    void withoutDateMembershipsAreThoseOfToday() {
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", null, "status", "ACTIVE", "lang", null)
                .body("data.organization.memberships.country.code", containsInAnyOrder("BY", "KG", "KZ", "RU", "TJ"));
    }

    @Test
    void severalDatesInOneRequestEachGetTheirOwnAnswer() {
        GraphQL.ok("officersAtTwoDates", "code", "CSTO", "earlier", "2016-01-01", "later", "2027-01-01")
                .body("data.organization.earlierChair.code", equalTo("AM"))
                .body("data.organization.laterChair.code", equalTo("RU"))
                .body("data.organization.earlierSecretaryGeneral.id", equalTo("nikolai-bordyuzha"))
                .body("data.organization.laterSecretaryGeneral.id", equalTo("taalatbek-masadykov"));
    }

    // --- next meeting ---

    @ParameterizedTest(name = "next meeting as of {0}")
    @CsvSource({ "2026-11-10", "2026-11-11" })
    void nextMeetingIsMoscow2026UntilItsDay(String asOf) {
        GraphQL.ok("upcomingMeeting", "organization", "CSTO", "asOf", asOf)
                .body("data.nextMeeting.id", equalTo(MOSCOW_2026))
                .body("data.nextMeeting.date", equalTo("2026-11-11"))
                .body("data.organization.nextMeeting.id", equalTo(MOSCOW_2026));
    }

    @Test
    void noNextMeetingIsKnownAfterMoscow2026() {
        GraphQL.ok("upcomingMeeting", "organization", "CSTO", "asOf", "2026-11-12")
                .body("data.nextMeeting", nullValue())
                .body("data.organization.nextMeeting", nullValue());
    }

    @Test
    void withoutDateNextMeetingIsCountedFromToday() {
        // today (2026-06-15) is before the Moscow session, whatever the real date
        GraphQL.ok("upcomingMeeting", "organization", "CSTO", "asOf", null)
                .body("data.nextMeeting.id", equalTo(MOSCOW_2026))
                .body("data.organization.nextMeeting.id", equalTo(MOSCOW_2026));
    }

    @Test
    void cancelledSummitIsNeverTheNextMeeting() {
        String organization = fixtures.organization("moscow");
        fixtures.summit(organization, LocalDate.of(2030, 3, 1), SummitStatus.CANCELLED);
        String later = fixtures.summit(organization, LocalDate.of(2030, 6, 1), SummitStatus.SCHEDULED);
        GraphQL.ok("upcomingMeeting", "organization", organization, "asOf", "2030-01-01")
                .body("data.nextMeeting.id", equalTo(later))
                .body("data.nextMeeting.status", equalTo("SCHEDULED"))
                .body("data.organization.nextMeeting.id", equalTo(later));
    }

    @Test
    void cancelledSummitIsSkippedAlsoWhenDatesComeFromToday() {
        LocalDate today = FixedClockProducer.TODAY;
        String organization = fixtures.organization("bishkek");
        fixtures.summit(organization, today.plusDays(10), SummitStatus.CANCELLED);
        String later = fixtures.summit(organization, today.plusDays(20), SummitStatus.SCHEDULED);
        GraphQL.ok("upcomingMeeting", "organization", organization, "asOf", null)
                .body("data.nextMeeting.id", equalTo(later))
                .body("data.organization.nextMeeting.id", equalTo(later));
    }

    @Test
    void pastSummitIsNotTheNextMeeting() {
        String organization = fixtures.organization("moscow");
        fixtures.summit(organization, LocalDate.of(2029, 12, 31), SummitStatus.HELD);
        String onTheDay = fixtures.summit(organization, LocalDate.of(2030, 1, 1), SummitStatus.SCHEDULED);
        fixtures.summit(organization, LocalDate.of(2030, 1, 2), SummitStatus.SCHEDULED);
        GraphQL.ok("upcomingMeeting", "organization", organization, "asOf", "2030-01-01")
                .body("data.nextMeeting.id", equalTo(onTheDay))
                .body("data.organization.nextMeeting.id", equalTo(onTheDay));
    }

    // --- posts of a person ---

    @Test
    void putinIsPresidentOfRussiaWithSources() {
        String presidency = "data.person.positions.find { it.kind == 'HEAD_OF_STATE' }";
        GraphQL.ok("personPositions", "id", "vladimir-putin", "lang", "EN")
                .body(presidency + ".title", equalTo("President of Russia"))
                .body(presidency + ".country.code", equalTo("RU"))
                .body(presidency + ".start", equalTo("2012-05-07"))
                .body(presidency + ".end", nullValue())
                .body(presidency + ".sources.url", hasItem(startsWith("https://en.wikipedia.org/")));
    }

    @Test
    void semerikovWasActingSecretaryGeneralTwice() {
        String acting = "data.person.positions.findAll { it.kind == 'SECRETARY_GENERAL' && it.acting }";
        GraphQL.ok("personPositions", "id", "valery-semerikov", "lang", "EN")
                .body(acting + ".collect { it.start + '..' + it.end }",
                        contains("2017-01-01..2017-05-01", "2018-11-03..2019-12-31"))
                .body(acting + ".organization.code", everyItem(equalTo("CSTO")))
                .body(acting + ".sources.url", everyItem(hasItem(notNullValue())));
    }

    /** One rule for both fields: on a handover day the incoming chair chairs, for the organization and its summit. */
    @Test
    void theOrganizationAndItsSummitAgreeOnTheChairOfAHandoverDay() {
        String organization = fixtures.organization("moscow");
        LocalDate handover = LocalDate.of(2024, 1, 1);
        fixtures.chairmanship(organization, "AM", LocalDate.of(2023, 1, 1), handover);
        fixtures.chairmanship(organization, "BY", handover, null);
        String summit = fixtures.summit(organization, handover, SummitStatus.HELD);

        GraphQL.ok("chairOnHandoverDay", "code", organization, "summit", summit, "day", handover.toString())
                .body("data.organization.chair.code", equalTo("BY"))
                .body("data.summit.chair.code", equalTo("BY"));
        GraphQL.ok("chairOnHandoverDay", "code", organization, "summit", summit, "day", "2023-12-31")
                .body("data.organization.chair.code", equalTo("AM"));
    }
}
