package org.summitgraph.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/**
 * changeMembershipStatus: a state joins (ACTIVE) and then changes status, in date order and never
 * to the status in force. Each test uses a fresh organization so that the dataset's states can join it;
 * not Armenia, Uzbekistan or Belarus, whose lists of memberships other tests check as they are.
 */
@QuarkusTest
class MembershipEditingTest {

    @Inject Fixtures fixtures;

    @Test
    void aStateJoinsWithTheContractInput() {
        String organization = fixtures.organization("moscow");

        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KZ", "status", "ACTIVE", "effective", "2020-01-01", "note", "Founding member"))
                .body("data.changeMembershipStatus.organization.code", equalTo(organization))
                .body("data.changeMembershipStatus.country.code", equalTo("KZ"))
                .body("data.changeMembershipStatus.status", equalTo("ACTIVE"))
                .body("data.changeMembershipStatus.since", equalTo("2020-01-01"))
                .body("data.changeMembershipStatus.history.status", contains("ACTIVE"))
                .body("data.changeMembershipStatus.history[0].note", equalTo("Founding member"));

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships.country.code", contains("KZ"))
                .body("data.organization.memberships[0].status", equalTo("ACTIVE"))
                .body("data.organization.memberships[0].since", equalTo("2020-01-01"))
                .body("data.organization.memberships[0].history[0].effective", equalTo("2020-01-01"))
                .body("data.organization.memberships[0].history[0].note", equalTo("Founding member"));
        // not a member before it joined
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2019-12-31")
                .body("data.organization.memberships", empty());
    }

    @Test
    void laterChangesAreDatedAndSourced() {
        String organization = fixtures.organization("moscow");
        fixtures.member(organization, "MD", LocalDate.of(2010, 1, 1));
        String source = fixtures.source();

        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "MD", "status", "SUSPENDED", "effective", "2015-03-01", "note", "Froze its participation",
                "sources", List.of(source)))
                .body("data.changeMembershipStatus.status", equalTo("SUSPENDED"))
                .body("data.changeMembershipStatus.since", equalTo("2015-03-01"))
                .body("data.changeMembershipStatus.history.status", contains("ACTIVE", "SUSPENDED"))
                .body("data.changeMembershipStatus.history[1].sources.id", contains(source));
        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "MD", "status", "WITHDRAWN", "effective", "2018-07-01"))
                .body("data.changeMembershipStatus.status", equalTo("WITHDRAWN"));

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2014-12-31")
                .body("data.organization.memberships.status", contains("ACTIVE"));
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2016-01-01")
                .body("data.organization.memberships.status", contains("SUSPENDED"))
                .body("data.organization.memberships[0].since", equalTo("2015-03-01"));
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships.status", contains("WITHDRAWN"))
                .body("data.organization.memberships[0].history.status", contains("ACTIVE", "SUSPENDED", "WITHDRAWN"))
                .body("data.organization.memberships[0].history.effective",
                        contains("2010-01-01", "2015-03-01", "2018-07-01"))
                .body("data.organization.memberships[0].history[1].note", equalTo("Froze its participation"))
                .body("data.organization.memberships[0].history[1].sources.id", contains(source));
    }

    @Test
    void aChangeNotLaterThanTheLatestIsInvalidChronology() {
        String organization = fixtures.organization("moscow");
        fixtures.member(organization, "AZ", LocalDate.of(2010, 1, 1));
        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "AZ", "status", "SUSPENDED", "effective", "2012-01-01"));

        // on the day of the latest change, and before it
        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "AZ", "status", "ACTIVE", "effective", "2012-01-01")), "INVALID_CHRONOLOGY");
        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "AZ", "status", "WITHDRAWN", "effective", "2011-06-01")), "INVALID_CHRONOLOGY");

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships[0].history.status", contains("ACTIVE", "SUSPENDED"));
    }

    @Test
    void aChangeToTheStatusInForceIsRefused() {
        String organization = fixtures.organization("moscow");
        fixtures.member(organization, "TJ", LocalDate.of(2010, 1, 1));

        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "TJ", "status", "ACTIVE", "effective", "2012-01-01")), "STATUS_UNCHANGED");

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships[0].history.effective", contains("2010-01-01"));
    }

    @Test
    void aStatesFirstChangeMustBeJoining() {
        String organization = fixtures.organization("moscow");

        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "GE", "status", "SUSPENDED", "effective", "2012-01-01")), "INVALID_CHRONOLOGY");
        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "GE", "status", "WITHDRAWN", "effective", "2012-01-01")), "INVALID_CHRONOLOGY");

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships", empty());
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAConflict() {
        String organization = fixtures.organization("moscow");
        fixtures.member(organization, "KG", LocalDate.of(2010, 1, 1));
        int version = GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15").extract()
                .path("data.organization.memberships[0].version");
        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KG", "status", "SUSPENDED", "effective", "2012-01-01", "version", version));

        // another client still holding the version before that change
        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "KG", "status", "WITHDRAWN", "effective", "2013-01-01", "version", version)), "CONFLICT");

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships[0].status", equalTo("SUSPENDED"))
                .body("data.organization.memberships[0].version", equalTo(version + 1));
    }

    @Test
    void theVersionAChangeReturnsIsTheOneTheNextChangeSends() {
        String organization = fixtures.organization("moscow");
        int joined = GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of(
                "organization", organization, "country", "MD", "status", "ACTIVE", "effective", "2010-01-01"))
                .extract().path("data.changeMembershipStatus.version");
        int suspended = GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of(
                "organization", organization, "country", "MD", "status", "SUSPENDED", "effective", "2011-01-01",
                "version", joined)).extract().path("data.changeMembershipStatus.version");
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships[0].version", equalTo(suspended));

        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "MD", "status", "ACTIVE", "effective", "2012-01-01", "version", suspended))
                .body("data.changeMembershipStatus.status", equalTo("ACTIVE"));
    }

    @Test
    void membershipsOfSeveralStatesAreKeptApart() {
        String organization = fixtures.organization("moscow");
        fixtures.member(organization, "RU", LocalDate.of(2010, 1, 1));

        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "GE", "status", "ACTIVE", "effective", "2011-01-01"));
        GraphQL.okWithHeaders("changeMembershipStatus", EDITOR, "input", Inputs.of("organization", organization,
                "country", "GE", "status", "WITHDRAWN", "effective", "2012-01-01"));

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships.country.code", containsInAnyOrder("RU", "GE"))
                .body("data.organization.memberships.find { it.country.code == 'RU' }.status", equalTo("ACTIVE"))
                .body("data.organization.memberships.find { it.country.code == 'GE' }.status", equalTo("WITHDRAWN"));
    }

    @Test
    void unknownOrganizationsCountriesAndSourcesAreNotFound() {
        String organization = fixtures.organization("moscow");
        Map<String, Object> input = Inputs.of("organization", organization, "country", "AZ", "status", "ACTIVE",
                "effective", "2020-01-01");

        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input",
                Inputs.with(input, "organization", "NOSUCH" + Fixtures.unique().toUpperCase())), "NOT_FOUND");
        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input", Inputs.with(input, "country", "ZZ")),
                "NOT_FOUND");
        refused(GraphQL.send("changeMembershipStatus", EDITOR, "input",
                Inputs.with(input, "sources", List.of("no-such-source-" + Fixtures.unique()))), "NOT_FOUND");

        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships", empty());
    }
}
