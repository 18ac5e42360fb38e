package org.summitgraph.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Organization.memberCount(asOf, status): how many states had a status on a day, or had joined by then. */
@QuarkusTest
class MemberCountTest {

    @Test
    void countsOnTheDayOfTheBishkekSummit() {
        // active: BY KG KZ RU TJ; suspended: AM UZ; withdrawn: AZ GE
        GraphQL.ok("memberCounts", "code", "CSTO", "asOf", "2025-11-27")
                .body("data.organization.active", equalTo(5))
                .body("data.organization.suspended", equalTo(2))
                .body("data.organization.withdrawn", equalTo(2))
                .body("data.organization.joined", equalTo(9));
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({ "2000-01-01, 6", "1993-01-01, 6", "2010-01-01, 7", "2025-11-27, 5" })
    void activeCountMatchesTheActiveMembershipsOfThatDay(String asOf, int active) {
        JsonPath organization = GraphQL.ok("memberCounts", "code", "CSTO", "asOf", asOf).extract().jsonPath()
                .setRootPath("data.organization");
        assertEquals(active, organization.getInt("active"));
        assertEquals(organization.getList("activeMembers").size(), organization.getInt("active"));
        assertEquals(organization.getList("members").size(), organization.getInt("joined"));
        assertEquals(organization.getInt("joined"),
                organization.getInt("active") + organization.getInt("suspended") + organization.getInt("withdrawn"));
    }

    @Test
    void nothingBeforeTheTreaty() {
        GraphQL.ok("memberCounts", "code", "CSTO", "asOf", "1992-05-14")
                .body("data.organization.joined", equalTo(0))
                .body("data.organization.active", equalTo(0))
                .body("data.organization.members", hasSize(0));
    }

    @Test
    void withoutDateTheCountIsTodays() {
        // on 2026-06-15 Armenia's and Uzbekistan's memberships are still suspended
        GraphQL.ok("memberCounts", "code", "CSTO", "asOf", null)
                .body("data.organization.active", equalTo(5))
                .body("data.organization.suspended", equalTo(2))
                .body("data.organization.joined", equalTo(9));
    }
}
