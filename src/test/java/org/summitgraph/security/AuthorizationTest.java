package org.summitgraph.security;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
import org.summitgraph.support.LoudLog;
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

    @Inject Fixtures fixtures;

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
                // the change log names the token's subject: a token without one names nobody
                Arguments.of("without a subject", Jwt.issuer("summit-graph").upn("anonymous").groups(Set.of("admin"))
                        .expiresIn(3600).sign()),
                Arguments.of("from another issuer", Jwt.issuer("someone-else").subject("eve").upn("eve")
                        .groups(Set.of("admin")).expiresIn(3600).sign()),
                // times relative to now, far from the limits (a minute of clock skew, a day of lifetime)
                Arguments.of("issued in the future", Jwt.issuer("summit-graph").subject("marty").upn("marty")
                        .groups(Set.of("admin")).issuedAt(Instant.now().plus(Duration.ofHours(1)))
                        .expiresAt(Instant.now().plus(Duration.ofHours(2))).sign()),
                Arguments.of("valid for a hundred years", Jwt.issuer("summit-graph").subject("methuselah")
                        .upn("methuselah").groups(Set.of("admin")).issuedAt(Instant.now())
                        .expiresAt(Instant.now().plus(Duration.ofDays(36_525))).sign()),
                Arguments.of("valid for a day and a minute", Jwt.issuer("summit-graph").subject("lingerer")
                        .upn("lingerer").groups(Set.of("admin")).issuedAt(Instant.now())
                        .expiresAt(Instant.now().plus(Duration.ofDays(1).plusMinutes(1))).sign()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTokens")
    void anInvalidTokenIsUnauthenticatedAndChangesNothing(String kind, String token) {
        refusedWithoutChange(token, AuthorizationTest::unauthenticated);
    }

    @Test
    void aTokenIssuedWithinTheClockSkewAndValidForADayIsAccepted() {
        String organization = fixtures.organization("moscow");
        Instant issued = Instant.now().plusSeconds(30);
        String token = Jwt.issuer("summit-graph").subject("punctual").upn("punctual").groups(Set.of("editor"))
                .issuedAt(issued).expiresAt(issued.plus(Duration.ofDays(1))).sign();

        GraphQL.okWithHeaders("scheduleSummit", Tokens.bearer(token), "input", schedule(organization))
                .body("data.scheduleSummit.status", equalTo("SCHEDULED"));
    }

    /**
     * Roles come from a `groups` claim that is a JSON array of strings; a validly signed token whose
     * `groups` is anything else carries no role (smallrye-jwt would split a string at spaces, so that
     * "editor admin" granted admin, and failed with a 500 on an object).
     */
    static Stream<Arguments> malformedGroups() {
        return Stream.of(
                Arguments.of("an object", Map.of("admin", true)),
                Arguments.of("a space-separated string", "editor admin"),
                Arguments.of("a string", "admin"),
                Arguments.of("a number", 42),
                Arguments.of("a boolean", true),
                Arguments.of("an array holding a number", List.of("admin", 7)),
                Arguments.of("an array holding an object", List.of("admin", Map.of("role", "admin"))),
                Arguments.of("an array holding an array", List.of("admin", List.of("admin"))));
    }

    @ParameterizedTest(name = "groups as {0}")
    @MethodSource("malformedGroups")
    void aTokenWhoseGroupsAreNoArrayOfStringsIsForbiddenAndChangesNothing(String kind, Object groups) {
        String token = Jwt.claims(Map.of("iss", "summit-graph", "sub", "mallet", "upn", "mallet", "groups", groups))
                .expiresIn(3600).sign();
        refusedWithoutChange(token, response -> refused(response, "FORBIDDEN"));
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

    /**
     * Under {@code token}, scheduling a summit and deleting one are both refused as {@code check} expects,
     * with no WARN or ERROR logged and nothing changed.
     */
    private void refusedWithoutChange(String token, Consumer<ValidatableResponse> check) {
        String organization = fixtures.organization("moscow");
        String summit = fixtures.summit(organization, LocalDate.of(2025, 1, 1), SummitStatus.HELD);
        int changes = ChangeLog.total();

        try (LoudLog log = LoudLog.record()) {
            check.accept(GraphQL.send("scheduleSummit", Tokens.bearer(token), "input", schedule(organization)));
            check.accept(GraphQL.send("deleteSummit", Tokens.bearer(token), "id", summit));
            assertEquals(List.of(), log.lines());
        }

        GraphQL.ok("summitsOfOrganization", "organization", organization)
                .body("data.summits.nodes.id", contains(summit));
        assertEquals(changes, ChangeLog.total());
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
