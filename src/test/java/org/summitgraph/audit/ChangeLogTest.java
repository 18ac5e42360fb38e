package org.summitgraph.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.support.Refusals.refused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.ChangeLog;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;
import org.summitgraph.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

/**
 * The change log: every mutation with the token's subject, the time (the fixed clock's today) and
 * its operation and input; readable by editors and admins only, oldest first, page by page.
 */
@QuarkusTest
class ChangeLogTest {

    /** Every change is stamped by the fixed clock of the tests: 2026-06-15 at midnight UTC. */
    private static final String NOW = "2026-06-15T00:00:00Z";

    @Inject Fixtures fixtures;

    @Test
    void aMutationIsLoggedWithWhoWhenAndWhat() {
        String alice = "alice-" + Fixtures.unique();
        String organization = fixtures.organization("moscow");

        GraphQL.okWithHeaders("scheduleSummit", Tokens.bearer(Tokens.forRoles(alice, "editor")), "input",
                Inputs.of("organization", organization, "date", "2027-05-01", "title", "Logged summit",
                        "city", "Moscow", "hostCountry", "RU"));

        List<Map<String, Object>> changes = ChangeLog.bySubject(alice);
        assertEquals(1, changes.size(), "one entry for one mutation: " + changes);
        Map<String, Object> change = changes.get(0);
        assertEquals(alice, change.get("subject"));
        assertEquals("scheduleSummit", change.get("operation"));
        assertEquals(NOW, change.get("at"));
        JsonPath input = ChangeLog.input(change);
        assertEquals(organization, input.getString("organization"));
        assertEquals("2027-05-01", input.getString("date"));
        assertEquals("Logged summit", input.getString("title"));
        assertEquals("Moscow", input.getString("city"));
        assertEquals("RU", input.getString("hostCountry"));
    }

    /** The log names the token's subject (`sub`), which identifies its holder, not `upn`, a name they may change. */
    @Test
    void theSubjectIsTheTokensSubNotItsUpn() {
        String unique = Fixtures.unique();
        String sub = "sub-" + unique;
        String upn = "upn-" + unique;
        String token = Jwt.issuer("summit-graph").subject(sub).upn(upn).groups(Set.of("editor")).expiresIn(3600).sign();

        GraphQL.okWithHeaders("scheduleSummit", Tokens.bearer(token), "input",
                Inputs.of("organization", fixtures.organization("moscow"), "date", "2027-05-01", "title", "By sub",
                        "city", "Moscow"));

        assertEquals(List.of("scheduleSummit"), ChangeLog.bySubject(sub).stream().map(c -> c.get("operation")).toList());
        assertEquals(List.of(), ChangeLog.bySubject(upn));
    }

    @Test
    void everyKindOfMutationIsLoggedInTheOrderItWasMade() {
        String bob = "bob-" + Fixtures.unique();
        Map<String, String> editor = Tokens.bearer(Tokens.forRoles(bob, "editor"));
        Map<String, String> admin = Tokens.bearer(Tokens.forRoles(bob, "admin"));
        String organization = fixtures.organization("moscow");
        String unique = Fixtures.unique();

        String source = GraphQL.okWithHeaders("createSource", editor, "input", Inputs.of("title", "Log " + unique))
                .extract().path("data.createSource.id");
        String person = GraphQL.okWithHeaders("createPerson", editor, "input", Inputs.of("name", "Logged " + unique,
                "country", "KG", "sources", List.of(source))).extract().path("data.createPerson.id");
        String city = GraphQL.okWithHeaders("createCity", editor, "input", Inputs.of("name", "Logtown " + unique,
                "country", "KG")).extract().path("data.createCity.id");
        JsonPath summit = GraphQL.okWithHeaders("scheduleSummit", editor, "input", Inputs.of(
                "organization", organization, "date", "2026-06-01", "title", "Log", "city", city))
                .extract().jsonPath();
        String summitId = summit.getString("data.scheduleSummit.id");
        GraphQL.okWithHeaders("updateSummit", editor, "input", Inputs.of("id", summitId,
                "version", summit.getInt("data.scheduleSummit.version"), "venue", "Hall"));
        GraphQL.okWithHeaders("addParticipant", editor, "input", Inputs.of("summit", summitId, "person", person,
                "country", "KG", "role", "HEAD_OF_STATE"));
        String statement = GraphQL.okWithHeaders("addStatement", editor, "input", Inputs.of("summit", summitId,
                "speaker", person, "summary", "Said")).extract().path("data.addStatement.id");
        String document = GraphQL.okWithHeaders("addDocument", editor, "input", Inputs.of("summit", summitId,
                "kind", "DECLARATION", "action", "ADOPTED", "title", "Declared")).extract().path("data.addDocument.id");
        GraphQL.okWithHeaders("removeStatement", admin, "id", statement);
        GraphQL.okWithHeaders("removeDocument", admin, "id", document);
        GraphQL.okWithHeaders("removeParticipant", admin, "input", Inputs.of("summit", summitId, "person", person,
                "role", "HEAD_OF_STATE"));
        GraphQL.okWithHeaders("changeMembershipStatus", editor, "input", Inputs.of("organization", organization,
                "country", "KG", "status", "ACTIVE", "effective", "2020-01-01"));
        GraphQL.okWithHeaders("setChairmanship", editor, "input", Inputs.of("organization", organization,
                "country", "KG", "start", "2020-01-01", "end", "2020-12-31"));
        GraphQL.okWithHeaders("appointHolder", editor, "input", Inputs.of("person", person,
                "kind", "SECRETARY_GENERAL", "title", "Secretary General", "organization", organization,
                "start", "2020-01-01", "end", "2020-12-31"));
        GraphQL.okWithHeaders("deleteSummit", admin, "id", summitId);

        List<Map<String, Object>> changes = ChangeLog.bySubject(bob);
        assertEquals(List.of("createSource", "createPerson", "createCity", "scheduleSummit", "updateSummit",
                "addParticipant", "addStatement", "addDocument", "removeStatement", "removeDocument",
                "removeParticipant", "changeMembershipStatus", "setChairmanship", "appointHolder", "deleteSummit"),
                changes.stream().map(c -> c.get("operation")).toList());
        changes.forEach(c -> assertEquals(NOW, c.get("at"), "time of " + c));
        // what each was sent
        assertEquals(List.of(source), ChangeLog.input(changes.get(1)).getList("sources"));
        assertEquals("Hall", ChangeLog.input(changes.get(4)).getString("venue"));
        // a deletion keeps the id of what it deleted
        assertEquals(statement, ChangeLog.input(changes.get(8)).getString("id"));
        assertEquals(document, ChangeLog.input(changes.get(9)).getString("id"));
        assertEquals("HEAD_OF_STATE", ChangeLog.input(changes.get(10)).getString("role"));
        assertEquals("ACTIVE", ChangeLog.input(changes.get(11)).getString("status"));
        assertEquals(summitId, ChangeLog.input(changes.get(14)).getString("id"));
    }

    @Test
    void aCreatedCountryAndOrganizationAreLogged() {
        String carol = "carol-" + Fixtures.unique();
        Map<String, String> editor = Tokens.bearer(Tokens.forRoles(carol, "editor"));
        String code = "L" + Fixtures.unique().toUpperCase();

        GraphQL.okWithHeaders("createOrganization", editor, "input", Inputs.of("code", code, "name", "Logged org",
                "acronym", "LO"));
        // a country code that is certainly taken: the failed attempt must not be logged
        refused(GraphQL.send("createCountry", editor, "input", Inputs.of("code", "RU", "name", "Again")), "DUPLICATE");

        List<Map<String, Object>> changes = ChangeLog.bySubject(carol);
        assertEquals(List.of("createOrganization"), changes.stream().map(c -> c.get("operation")).toList());
        assertEquals(code, ChangeLog.input(changes.get(0)).getString("code"));
        assertEquals("Logged org", ChangeLog.input(changes.get(0)).getString("name"));
    }

    @Test
    void pagesWalkEveryChangeOnceOldestFirst() {
        String dave = "dave-" + Fixtures.unique();
        Map<String, String> editor = Tokens.bearer(Tokens.forRoles(dave, "editor"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "Paged " + i + " " + Fixtures.unique();
            names.add(name);
            GraphQL.okWithHeaders("createPerson", editor, "input", Inputs.of("name", name));
        }

        int total = ChangeLog.total();
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        String lastCursor = null;
        int pages = 0;
        do {
            JsonPath page = GraphQL.okWithHeaders("changes", Tokens.bearer(Tokens.admin()), "first", 3, "after", after,
                    "orderBy", "OLDEST_FIRST").extract().jsonPath().setRootPath("data.changes");
            assertEquals(total, page.getInt("totalCount"), "totalCount counts all pages");
            List<Map<String, Object>> nodes = page.getList("nodes");
            assertTrue(nodes.size() <= 3, "a page holds at most `first` changes");
            seen.addAll(nodes);
            lastCursor = page.getString("pageInfo.endCursor");
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 10_000);

        assertEquals(total, seen.size(), "every change once");
        assertEquals((total + 2) / 3, pages);
        List<String> mine = seen.stream().filter(c -> dave.equals(c.get("subject")))
                .map(c -> ChangeLog.input(c).getString("name")).toList();
        assertEquals(names, mine, "oldest first");
        // nothing beyond the last page
        JsonPath beyond = GraphQL.okWithHeaders("changes", Tokens.bearer(Tokens.admin()), "first", 3,
                "after", lastCursor, "orderBy", "OLDEST_FIRST").extract().jsonPath().setRootPath("data.changes");
        assertEquals(0, beyond.getList("nodes").size());
        assertFalse(beyond.getBoolean("pageInfo.hasNextPage"));
    }

    @Test
    void anEditorSeesTheirOwnChangeFirstAndPagesBackInTime() {
        String heidi = "heidi-" + Fixtures.unique();
        Map<String, String> editor = Tokens.bearer(Tokens.forRoles(heidi, "editor"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            names.add("Newest " + i + " " + Fixtures.unique());
            GraphQL.okWithHeaders("createPerson", editor, "input", Inputs.of("name", names.get(i)));
        }

        JsonPath first = GraphQL.okWithHeaders("changes", editor, "first", 2).extract().jsonPath()
                .setRootPath("data.changes");
        assertEquals(List.of(names.get(2), names.get(1)),
                first.getList("nodes", Map.class).stream().map(c -> ChangeLog.input(c).getString("name")).toList(),
                "the latest change comes first by default");
        JsonPath second = GraphQL.okWithHeaders("changes", editor, "first", 1, "after",
                first.getString("pageInfo.endCursor")).extract().jsonPath().setRootPath("data.changes");
        assertEquals(names.get(0), ChangeLog.input(second.getMap("nodes[0]")).getString("name"));
        // a cursor of one order is refused in the other
        refused(GraphQL.send("changes", editor, "first", 1, "after", first.getString("pageInfo.endCursor"),
                "orderBy", "OLDEST_FIRST"), "BAD_USER_INPUT");
    }

    @Test
    void sinceKeepsTheChangesFromThatInstantOn() {
        String erin = "erin-" + Fixtures.unique();
        GraphQL.okWithHeaders("createPerson", Tokens.bearer(Tokens.forRoles(erin, "editor")), "input",
                Inputs.of("name", "Since " + Fixtures.unique()));
        int total = ChangeLog.total();

        // every change is stamped with the fixed instant: from it on, all; a second later, none
        GraphQL.okWithHeaders("changes", Tokens.bearer(Tokens.admin()), "since", "2026-06-14T00:00:00Z", "first", 0)
                .body("data.changes.totalCount", equalTo(total));
        GraphQL.okWithHeaders("changes", Tokens.bearer(Tokens.admin()), "since", NOW, "first", 0)
                .body("data.changes.totalCount", equalTo(total));
        GraphQL.okWithHeaders("changes", Tokens.bearer(Tokens.admin()), "since", "2026-06-15T00:00:01Z", "first", 10)
                .body("data.changes.totalCount", equalTo(0))
                .body("data.changes.nodes", hasSize(0))
                .body("data.changes.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void editorsMayReadTheLog() {
        String frank = "frank-" + Fixtures.unique();
        GraphQL.okWithHeaders("createPerson", Tokens.bearer(Tokens.forRoles(frank, "editor")), "input",
                Inputs.of("name", "Read " + Fixtures.unique()));

        GraphQL.okWithHeaders("changes", Tokens.bearer(Tokens.editor()), "first", 1)
                .body("data.changes.totalCount", greaterThanOrEqualTo(1))
                .body("data.changes.nodes", hasSize(1));
    }

    @Test
    void theLogIsNotForAnonymousUsers() {
        refused(GraphQL.send("changes", Map.of(), "first", 5), "UNAUTHENTICATED");
    }

    @Test
    void theLogIsNotForTokensWithoutARole() {
        refused(GraphQL.send("changes", Tokens.bearer(Tokens.forRoles("reader-" + Fixtures.unique())), "first", 5),
                "FORBIDDEN");
    }

    @Test
    void refusedMutationsAreNotLogged() {
        String grace = "grace-" + Fixtures.unique();
        Map<String, String> editor = Tokens.bearer(Tokens.forRoles(grace, "editor"));
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2026, 12, 1),
                SummitStatus.SCHEDULED);

        refused(GraphQL.send("markSummitHeld", editor, "input", Inputs.of("id", summit, "version", 0)),
                "HELD_IN_FUTURE");
        refused(GraphQL.send("deleteSummit", editor, "id", summit), "FORBIDDEN");
        refused(GraphQL.send("cancelSummit", editor, "input", Inputs.of("id", summit, "version", 7)), "CONFLICT");

        assertTrue(ChangeLog.bySubject(grace).isEmpty());
    }
}
