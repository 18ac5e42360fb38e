package org.summitgraph.node;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Countries and memberships are Relay nodes: readable ids unique across types, refetched by node(id). */
@QuarkusTest
class CountryAndMembershipNodeTest {

    private static final String NODE = """
            query($id: ID!) { node(id: $id) { __typename id
              ... on Country { code name(lang: EN) }
              ... on Membership { status organization { code } country { code } } } }""";
    private static final String MEMBERSHIPS = """
            query($code: ID!) { organization(code: $code) {
              memberships { id status country { id code } } } }""";

    @Inject Fixtures fixtures;

    @Test
    void aCountryIsANodeUnderCountryAndItsLowerCaseCode() {
        GraphQL.raw("{ country(code: \"KG\") { id code } }", Map.of()).statusCode(200)
                .body("errors", nullValue())
                .body("data.country.id", equalTo("country-kg"));
        node("country-kg")
                .body("data.node.__typename", equalTo("Country"))
                .body("data.node.id", equalTo("country-kg"))
                .body("data.node.code", equalTo("KG"))
                .body("data.node.name", equalTo("Kyrgyzstan"));
        // the code itself is not a node id
        node("KG").body("data.node", nullValue());
        node("kg").body("data.node", nullValue());
    }

    @Test
    void everyCountryListedHasItsNodeRegistered() {
        JsonPath countries = GraphQL.raw("{ countries { id code } }", Map.of()).statusCode(200)
                .body("errors", nullValue()).body("data.countries", not(empty()))
                .body("data.countries.id", everyItem(startsWith("country-"))).extract().jsonPath();
        List<String> ids = countries.getList("data.countries.id");
        GraphQL.raw("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Country { code } } }", Map.of("ids", ids))
                .statusCode(200).body("errors", nullValue())
                .body("data.nodes.code", equalTo(countries.getList("data.countries.code")));
    }

    @Test
    void aMembershipIsANodeRefetchedWithItsStatusOfToday() {
        JsonPath memberships = GraphQL.raw(MEMBERSHIPS, Map.of("code", "CSTO")).statusCode(200)
                .body("errors", nullValue()).extract().jsonPath().setRootPath("data.organization.memberships");
        List<String> ids = memberships.getList("id");
        assertEquals(memberships.getList("country.code").stream().map(code -> "csto-membership-" + ((String) code).toLowerCase()).toList(), ids);
        String kyrgyzstan = "csto-membership-kg";
        node(kyrgyzstan)
                .body("data.node.__typename", equalTo("Membership"))
                .body("data.node.id", equalTo(kyrgyzstan))
                .body("data.node.organization.code", equalTo("CSTO"))
                .body("data.node.country.code", equalTo("KG"))
                .body("data.node.status", equalTo("ACTIVE"));
    }

    @Test
    void aNewMembershipIsANodeOnceBegun() {
        String organization = fixtures.organization("moscow");
        fixtures.member(organization, "KZ", LocalDate.of(2001, 1, 1));
        fixtures.member(organization, "AM", LocalDate.of(9000, 1, 1));
        node(organization.toLowerCase() + "-membership-kz")
                .body("data.node.__typename", equalTo("Membership"))
                .body("data.node.organization.code", equalTo(organization));
        // not begun by today: no status to give
        node(organization.toLowerCase() + "-membership-am").body("data.node", nullValue());
    }

    private static io.restassured.response.ValidatableResponse node(String id) {
        return GraphQL.raw(NODE, Map.of("id", id)).statusCode(200).body("errors", nullValue());
    }
}
