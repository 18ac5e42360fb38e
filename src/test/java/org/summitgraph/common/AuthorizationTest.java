package org.summitgraph.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.support.Refusals.refused;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.ChangeLog;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;
import org.summitgraph.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/**
 * Mutations need a valid bearer token with the editor or admin role, deletions the admin role;
 * queries stay public whatever token comes with them.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String SUMMIT = "csto-2025-11-27-bishkek";

    @Inject
    Fixtures fixtures;

    @Test
    void anAnonymousMutationIsUnauthenticatedAndChangesNothing() {
        String organization = fixtures.organization("moscow");
        int changes = ChangeLog.total();

        refused(GraphQL.send("scheduleSummit", Map.of(), "input", schedule(organization)), "UNAUTHENTICATED");
        refused(GraphQL.send("changeMembershipStatus", Map.of(), "input", Inputs.of("organization", organization,
                "country", "KZ", "status", "ACTIVE", "effective", "2020-01-01")), "UNAUTHENTICATED");

        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.memberships", hasSize(0));
        assertEquals(changes, ChangeLog.total());
    }

    @Test
    void aTokenWithoutTheEditorOrAdminRoleIsForbiddenAndChangesNothing() {
        String organization = fixtures.organization("moscow");
        int changes = ChangeLog.total();

        refused(GraphQL.send("scheduleSummit", Tokens.bearer(Tokens.forRoles("reader-" + Fixtures.unique())),
                "input", schedule(organization)), "FORBIDDEN");
        refused(GraphQL.send("scheduleSummit", Tokens.bearer(Tokens.forRoles("viewer-" + Fixtures.unique(), "viewer")),
                "input", schedule(organization)), "FORBIDDEN");

        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(0));
        assertEquals(changes, ChangeLog.total());
    }

    static Stream<Arguments> invalidTokens() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair otherKey = generator.generateKeyPair();
        return Stream.of(
                Arguments.of("malformed", "not.a-jwt"),
                // everything right but the key it is signed with
                Arguments.of("signed with another key", Jwt.issuer("summit-graph").subject("mallory").upn("mallory")
                        .groups(Set.of("admin")).expiresIn(3600).sign(otherKey.getPrivate())),
                // a fixed instant long past, so that nothing depends on the real date
                Arguments.of("expired", Jwt.issuer("summit-graph").subject("late").upn("late").groups(Set.of("admin"))
                        .issuedAt(Instant.parse("2020-01-01T00:00:00Z"))
                        .expiresAt(Instant.parse("2020-01-01T01:00:00Z")).sign()),
                Arguments.of("from another issuer", Jwt.issuer("someone-else").subject("eve").upn("eve")
                        .groups(Set.of("admin")).expiresIn(3600).sign()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTokens")
    void anInvalidTokenIsUnauthenticatedAndChangesNothing(String kind, String token) {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2025, 1, 1), SummitStatus.HELD);
        int changes = ChangeLog.total();

        unauthenticated(GraphQL.send("scheduleSummit", Tokens.bearer(token), "input", schedule(organization)));
        unauthenticated(GraphQL.send("deleteSummit", Tokens.bearer(token), "id", summit));

        GraphQL.ok("summitsOfOrganization", "organization", organization)
                .body("data.summits.nodes.id", contains(summit));
        assertEquals(changes, ChangeLog.total());
    }

    @Test
    void anEditorMayNotDeleteASummitButAnAdminMay() {
        String summit = fixtures.summits(fixtures.organization("moscow"), LocalDate.of(2025, 2, 1)).get(0);

        refused(GraphQL.send("deleteSummit", Tokens.bearer(Tokens.editor()), "id", summit), "FORBIDDEN");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.id", equalTo(summit));

        GraphQL.okWithHeaders("deleteSummit", Tokens.bearer(Tokens.admin()), "id", summit);
        GraphQL.ok("editedSummit", "id", summit).body("data.summit", nullValue());
    }

    @Test
    void anEditorMayNotRemoveAParticipantButAnAdminMay() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 2, 1), SummitStatus.HELD);
        String person = fixtures.participant(summit, "KG");
        Map<String, Object> input = Inputs.of("summit", summit, "person", person, "role", "HEAD_OF_STATE");

        refused(GraphQL.send("removeParticipant", Tokens.bearer(Tokens.editor()), "input", input), "FORBIDDEN");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.participants.person.id", contains(person));

        GraphQL.okWithHeaders("removeParticipant", Tokens.bearer(Tokens.admin()), "input", input);
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.participants", hasSize(0));
    }

    @Test
    void anEditorMayNotRemoveAStatementButAnAdminMay() {
        String summit = fixtures.summits(fixtures.organization("moscow"), LocalDate.of(2025, 2, 1)).get(0);
        String statement = summit + "-statement-1";

        refused(GraphQL.send("removeStatement", Tokens.bearer(Tokens.editor()), "id", statement), "FORBIDDEN");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.statements.id", contains(statement));

        GraphQL.okWithHeaders("removeStatement", Tokens.bearer(Tokens.admin()), "id", statement);
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.statements", hasSize(0));
    }

    @Test
    void anEditorMayNotRemoveADocumentButAnAdminMay() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2025, 2, 1), SummitStatus.HELD);
        String document = fixtures.document(summit);

        refused(GraphQL.send("removeDocument", Tokens.bearer(Tokens.editor()), "id", document), "FORBIDDEN");
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.documents.id", contains(document));

        GraphQL.okWithHeaders("removeDocument", Tokens.bearer(Tokens.admin()), "id", document);
        GraphQL.ok("editedSummit", "id", summit).body("data.summit.documents", hasSize(0));
    }

    @Test
    void anAdminMayDoWhatAnEditorMay() {
        String organization = fixtures.organization("moscow");
        GraphQL.okWithHeaders("scheduleSummit", Tokens.bearer(Tokens.admin()), "input", schedule(organization))
                .body("data.scheduleSummit.status", equalTo("SCHEDULED"));
        GraphQL.ok("summitsOfOrganization", "organization", organization).body("data.summits.totalCount", equalTo(1));
    }

    @Test
    void queriesArePublic() {
        GraphQL.ok("editedSummit", "id", SUMMIT).body("data.summit.id", equalTo(SUMMIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTokens")
    void queriesIgnoreAnInvalidToken(String kind, String token) {
        GraphQL.okWithHeaders("editedSummit", Tokens.bearer(token), "id", SUMMIT)
                .body("data.summit.id", equalTo(SUMMIT))
                .body("data.summit.status", equalTo("HELD"));
    }

    private static Map<String, Object> schedule(String organization) {
        return Inputs.of("organization", organization, "date", "2027-05-01", "title", "Not to be scheduled",
                "city", "Moscow");
    }

    /** Refused at the HTTP level (401) or as a GraphQL error UNAUTHENTICATED, with no data. */
    private static void unauthenticated(ValidatableResponse response) {
        int status = response.extract().statusCode();
        if (status == 401) {
            return;
        }
        assertEquals(200, status, "HTTP status");
        String code = response.extract().path("errors[0].extensions.code");
        assertEquals("UNAUTHENTICATED", code);
        assertTrue(response.extract().path("data") == null, "no data");
    }
}
