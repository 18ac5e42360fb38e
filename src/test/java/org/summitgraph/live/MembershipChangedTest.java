package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** membershipChanged: a committed notification brings the membership with its status as of today (2026-06-15). */
@QuarkusTest
class MembershipChangedTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject Fixtures fixtures;

    @Test
    void aMembershipNotifiedByAnotherInstanceReachesTheSubscriberWithItsStatusAsOfToday() throws Exception {
        long kazakhstan = OtherInstance.membershipId("CSTO", "KZ");
        long armenia = OtherInstance.membershipId("CSTO", "AM");
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("1", GraphQL.document("membershipChanged"), "organization", "CSTO");
            Live.untilLive(client, "1", () -> OtherInstance.notify(ChangeEvents.MEMBERSHIPS, Long.toString(kazakhstan)),
                    country("KZ"));

            OtherInstance.notify(ChangeEvents.MEMBERSHIPS, Long.toString(armenia));

            JsonObject membership = client.awaitNext("1", country("AM"), Live.EVENT).getJsonObject("membershipChanged");
            assertEquals("SUSPENDED", membership.getString("status"));
            assertEquals("2024-02-22", membership.getString("since"));
            assertEquals("CSTO", membership.getJsonObject("organization").getString("code"));
            assertTrue(membership.getJsonArray("history").stream().map(JsonObject.class::cast).anyMatch(change ->
                    "SUSPENDED".equals(change.getString("status")) && "2024-02-22".equals(change.getString("effective"))),
                    membership.encode());
        }
    }

    @Test
    void withoutAnOrganizationEveryMembershipIsReceived() throws Exception {
        long russia = OtherInstance.membershipId("CSTO", "RU");
        long uzbekistan = OtherInstance.membershipId("CSTO", "UZ");
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("all", GraphQL.document("membershipChanged"));
            Live.untilLive(client, "all", () -> OtherInstance.notify(ChangeEvents.MEMBERSHIPS, Long.toString(russia)),
                    country("RU"));

            OtherInstance.notify(ChangeEvents.MEMBERSHIPS, Long.toString(uzbekistan));

            JsonObject membership = client.awaitNext("all", country("UZ"), Live.EVENT).getJsonObject("membershipChanged");
            assertEquals("SUSPENDED", membership.getString("status"));
            assertEquals("2012-12-19", membership.getString("since"));
        }
    }

    @Test
    void aMembershipChangedByAMutationReachesTheSubscribersOfItsOrganization() throws Exception {
        String organization = fixtures.organization("moscow");
        long russia = OtherInstance.membershipId("CSTO", "RU");
        try (GraphQLWebSocket client = GraphQLWebSocket.open(graphql)) {
            client.subscribe("1", GraphQL.document("membershipChanged"), "organization", organization);
            // live once a control event of its own (a CSTO membership) passes a second, unfiltered subscription
            client.subscribe("all", GraphQL.document("membershipChanged"));
            Live.untilLive(client, "all", () -> OtherInstance.notify(ChangeEvents.MEMBERSHIPS, Long.toString(russia)),
                    country("RU"));

            GraphQL.okWithHeaders("membershipChangedByStatusChange", Tokens.bearer(Tokens.editor()),
                    "organization", organization, "country", "KZ");

            JsonObject membership = client.awaitNext("1", country("KZ"), Live.EVENT).getJsonObject("membershipChanged");
            assertEquals("ACTIVE", membership.getString("status"));
            assertEquals("2026-01-01", membership.getString("since"));
            assertEquals(organization, membership.getJsonObject("organization").getString("code"));
        }
    }

    private static Predicate<JsonObject> country(String code) {
        return data -> code.equals(data.getJsonObject("membershipChanged").getJsonObject("country").getString("code"));
    }
}
