package org.summitgraph.timeline;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.person.Position;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An organization's timeline is the lists it is made of (milestones, summits, membership histories,
 * chairmanships, Secretaries General's posts, exercise stagings) in one dated stream: the same entries, with
 * the same sources, filtered, ordered and paged as its arguments say.
 */
@QuarkusTest
class TimelineTest {

    private static final String TIMELINE = "data.organization.timeline";
    /** The order of a timeline: date, then kind, then the subject's id (compared as Java compares strings). */
    private static final Comparator<Map<String, Object>> ORDER = Comparator
            .<Map<String, Object>, String>comparing(e -> (String) e.get("date"))
            .thenComparing(e -> (String) e.get("kind"))
            .thenComparing(e -> subjectId(e));

    @Inject Fixtures fixtures;
    @Inject SummitGraphConfig config;

    @Test
    void theCstoTimelineIsTheListsItIsMadeOf() {
        List<Map<String, Object>> timeline = all("CSTO", "lang", null);
        assertEquals(expected("CSTO"), keys(timeline));
        assertEquals(timeline.size(), page("CSTO", vars("first", 1)).getInt(TIMELINE + ".totalCount"));
    }

    @Test
    void anyOrganizationHasATimelineFromTheGenericTables() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2011, 3, 1), LocalDate.of(2012, 3, 1));
        fixtures.summit(organization, LocalDate.of(2030, 1, 1), SummitStatus.SCHEDULED);
        fixtures.member(organization, "KG", LocalDate.of(2010, 1, 1));
        fixtures.chairmanship(organization, "KG", LocalDate.of(2011, 1, 1), null);
        fixtures.officer(organization, Position.SECRETARY_GENERAL, LocalDate.of(2010, 6, 1), null);
        List<String> expected = expected(organization);
        assertEquals(6, expected.size(), "entries of the organization's own records: " + expected);
        assertEquals(expected, keys(all(organization)));
    }

    @Test
    void entriesAreOrderedByDateThenKindThenSubject() {
        List<Map<String, Object>> timeline = all("CSTO");
        List<Map<String, Object>> sorted = new ArrayList<>(timeline);
        sorted.sort(ORDER);
        assertEquals(sorted, timeline);
        // the order of one day is what the tie-break decides: the founding day has a milestone and several accessions
        boolean sameDay = false;
        for (int i = 1; i < timeline.size(); i++) {
            sameDay |= timeline.get(i).get("date").equals(timeline.get(i - 1).get("date"));
        }
        assertTrue(sameDay, "the CSTO timeline has entries of one day");
    }

    @Test
    void fromAndToKeepTheEntriesBetweenThemBothIncluded() {
        List<Map<String, Object>> timeline = all("CSTO");
        String from = (String) timeline.get(5).get("date");
        String to = (String) timeline.get(timeline.size() - 5).get("date");
        List<Map<String, Object>> between = timeline.stream()
                .filter(e -> ((String) e.get("date")).compareTo(from) >= 0 && ((String) e.get("date")).compareTo(to) <= 0)
                .toList();
        assertTrue(between.size() < timeline.size());
        assertEquals(between, all("CSTO", "from", from, "to", to));
        assertEquals(between.size(), page("CSTO", vars("from", from, "to", to)).getInt(TIMELINE + ".totalCount"));
        assertEquals(timeline.stream().filter(e -> e.get("date").equals(from)).toList(),
                all("CSTO", "from", from, "to", from), "one day");
    }

    @Test
    void kindsKeepTheEntriesOfTheseKinds() {
        List<Map<String, Object>> timeline = all("CSTO");
        List<String> kinds = List.of("SUMMIT_HELD", "CHAIRMANSHIP_STARTED", "EXERCISE_HELD");
        List<Map<String, Object>> ofKinds = timeline.stream().filter(e -> kinds.contains(e.get("kind"))).toList();
        assertTrue(ofKinds.size() < timeline.size());
        for (String kind : kinds) {
            assertTrue(ofKinds.stream().anyMatch(e -> e.get("kind").equals(kind)), "the CSTO has entries of " + kind);
        }
        assertEquals(ofKinds, all("CSTO", "kinds", kinds));
        assertEquals(ofKinds.size(), page("CSTO", vars("kinds", kinds)).getInt(TIMELINE + ".totalCount"));
        JsonPath none = page("CSTO", vars("kinds", List.of()));
        assertEquals(0, none.getInt(TIMELINE + ".totalCount"));
        assertEquals(List.of(), none.getList(TIMELINE + ".nodes"));
    }

    @Test
    void pagesGoForwardAndBackward() {
        List<Map<String, Object>> timeline = all("CSTO");
        JsonPath first = page("CSTO", vars("first", 4));
        assertEquals(timeline.subList(0, 4), first.getList(TIMELINE + ".nodes"));
        assertTrue(first.getBoolean(TIMELINE + ".pageInfo.hasNextPage"));
        assertFalse(first.getBoolean(TIMELINE + ".pageInfo.hasPreviousPage"));
        assertEquals(first.getList(TIMELINE + ".nodes.kind"), first.getList(TIMELINE + ".edges.node.kind"));
        JsonPath second = page("CSTO", vars("first", 4, "after", first.getString(TIMELINE + ".pageInfo.endCursor")));
        assertEquals(timeline.subList(4, 8), second.getList(TIMELINE + ".nodes"));
        assertTrue(second.getBoolean(TIMELINE + ".pageInfo.hasPreviousPage"));

        int size = timeline.size();
        JsonPath last = page("CSTO", vars("last", 3));
        assertEquals(timeline.subList(size - 3, size), last.getList(TIMELINE + ".nodes"));
        assertTrue(last.getBoolean(TIMELINE + ".pageInfo.hasPreviousPage"));
        JsonPath before = page("CSTO", vars("last", 3, "before", last.getString(TIMELINE + ".pageInfo.startCursor")));
        assertEquals(timeline.subList(size - 6, size - 3), before.getList(TIMELINE + ".nodes"));
    }

    @Test
    void cursorsStayValidWhenEntriesAreAdded() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1));
        List<Map<String, Object>> timeline = all(organization);
        String cursor = page(organization, vars("first", 2)).getString(TIMELINE + ".pageInfo.endCursor");
        // one entry before the cursor, one after it
        fixtures.summit(organization, LocalDate.of(2020, 1, 1), SummitStatus.HELD);
        fixtures.member(organization, "KZ", LocalDate.of(2022, 6, 1));
        JsonPath next = page(organization, vars("first", 2, "after", cursor));
        assertEquals(List.of("2022-06-01 MEMBERSHIP_ACTIVE", timeline.get(2).get("date") + " " + timeline.get(2).get("kind")),
                next.getList(TIMELINE + ".nodes", Map.class).stream().map(e -> e.get("date") + " " + e.get("kind")).toList());
        assertEquals(timeline.size() + 2, next.getInt(TIMELINE + ".totalCount"));
    }

    @Test
    void textsAreInTheLanguageAskedFor() {
        JsonPath partsEn = parts("CSTO", "EN");
        JsonPath partsFr = parts("CSTO", "FR");
        List<Map<String, Object>> en = all("CSTO", "lang", "EN");
        List<Map<String, Object>> fr = all("CSTO", "lang", "FR");
        assertEquals(keys(en), keys(fr));
        // a milestone's text is its description, a summit's holds its title, a membership's the state's name
        assertEquals(partsEn.getList("data.organization.milestones.description"), texts(en, "MILESTONE"));
        assertEquals(partsFr.getList("data.organization.milestones.description"), texts(fr, "MILESTONE"));
        Map<String, String> titlesFr = new HashMap<>();
        partsFr.getList("data.organization.summits.nodes", Map.class)
                .forEach(s -> titlesFr.put((String) s.get("id"), (String) s.get("title")));
        for (int i = 0; i < fr.size(); i++) {
            Map<String, Object> entry = fr.get(i);
            if (((String) entry.get("kind")).startsWith("SUMMIT_")) {
                assertTrue(((String) entry.get("text")).contains(titlesFr.get(subjectId(entry))), entry.toString());
            }
            assertNotEquals(en.get(i).get("text"), entry.get("text"), "texts in English and French: " + entry);
        }
        // without `lang`, the request's Accept-Language decides
        List<Object> negotiated = GraphQL.okWithHeaders("organizationTimeline", Map.of("Accept-Language", "fr-FR, en;q=0.5"),
                "code", "CSTO", "first", 100).extract().jsonPath().getList(TIMELINE + ".nodes.text");
        assertEquals(fr.stream().map(e -> e.get("text")).toList().subList(0, negotiated.size()), negotiated);
    }

    @Test
    void aMembershipIsTheSubjectWithItsStatusAsOfTheEntry() {
        List<Map<String, Object>> changes = all("CSTO", "kinds", List.of("MEMBERSHIP_ACTIVE", "MEMBERSHIP_SUSPENDED",
                "MEMBERSHIP_WITHDRAWN"));
        assertTrue(changes.stream().map(e -> e.get("kind")).distinct().count() == 3, "the CSTO has each kind of change");
        for (Map<String, Object> entry : changes) {
            Map<?, ?> subject = (Map<?, ?>) entry.get("subject");
            assertEquals("Membership", subject.get("__typename"));
            assertEquals(entry.get("kind"), "MEMBERSHIP_" + subject.get("status"));
            assertEquals(entry.get("date"), subject.get("since"));
        }
    }

    @Test
    void aPageSizeOverTheMaximumOrACursorOfAnotherListIsBadUserInput() {
        String summitCursor = GraphQL.ok("summitPage", "organization", "CSTO", "year", 2024).extract()
                .path("data.summits.pageInfo.endCursor");
        List<Map<String, Object>> refused = List.of(vars("first", config.maxPageSize() + 1), vars("first", -1),
                vars("last", config.maxPageSize() + 1), vars("after", "not-a-cursor"), vars("before", summitCursor),
                vars("after", summitCursor), vars("from", "2020-01-02", "to", "2020-01-01"));
        for (Map<String, Object> arguments : refused) {
            Map<String, Object> variables = new HashMap<>(arguments);
            variables.put("code", "CSTO");
            GraphQL.send("organizationTimeline", Map.of(), flatten(variables)).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].path", equalTo(List.of("organization", "timeline")))
                    .body("data.organization", nullValue());
        }
        GraphQL.send("organizationTimeline", Map.of(), "code", "CSTO", "kinds", List.of("NOT_A_KIND")).statusCode(200)
                .body("errors.extensions.code", hasItem("BAD_USER_INPUT"));
    }

    /** The entries the organization's lists make, as {@link #keys} writes them, sorted. */
    private static List<String> expected(String code) {
        JsonPath parts = parts(code, null);
        String organization = parts.getString("data.organization.id");
        List<String> expected = new ArrayList<>();
        for (Map<?, ?> m : parts.getList("data.organization.milestones", Map.class)) {
            expected.add(key(m.get("date"), "DAY", "MILESTONE", organization, m.get("sources")));
        }
        List<Map> summits = parts.getList("data.organization.summits.nodes", Map.class);
        assertEquals(parts.getInt("data.organization.summits.totalCount"), summits.size(), "all summits on one page");
        for (Map<?, ?> s : summits) {
            expected.add(key(s.get("date"), "DAY", "SUMMIT_" + s.get("status"), s.get("id"), s.get("sources")));
        }
        for (Map<?, ?> membership : parts.getList("data.organization.memberships", Map.class)) {
            for (Map<?, ?> change : (List<Map<?, ?>>) membership.get("history")) {
                expected.add(key(change.get("effective"), "DAY", "MEMBERSHIP_" + change.get("status"), membership.get("id"),
                        change.get("sources")));
            }
        }
        for (Map<?, ?> c : parts.getList("data.organization.chairmanships", Map.class)) {
            expected.add(key(c.get("start"), "DAY", "CHAIRMANSHIP_STARTED", ((Map<?, ?>) c.get("country")).get("id"),
                    c.get("sources")));
        }
        assertFalse(parts.getBoolean("data.people.pageInfo.hasNextPage"), "all Secretaries General on one page");
        for (Map<?, ?> person : parts.getList("data.people.nodes", Map.class)) {
            for (Map<?, ?> p : (List<Map<?, ?>>) person.get("positions")) {
                Map<?, ?> in = (Map<?, ?>) p.get("organization");
                if (p.get("kind").equals(Position.SECRETARY_GENERAL) && in != null && code.equals(in.get("code"))
                        && p.get("start") != null) {
                    expected.add(key(p.get("start"), "DAY", "SECRETARY_GENERAL_TOOK_OFFICE", person.get("id"),
                            p.get("sources")));
                }
            }
        }
        for (Map<?, ?> exercise : parts.getList("data.organization.exercises", Map.class)) {
            for (Map<?, ?> edition : (List<Map<?, ?>>) exercise.get("editions")) {
                expected.add(key(LocalDate.of((Integer) edition.get("year"), 1, 1).toString(), "YEAR", "EXERCISE_HELD",
                        exercise.get("id"), edition.get("sources")));
            }
        }
        return expected.stream().sorted().toList();
    }

    /** The entries of a timeline, as {@link #key} writes them, sorted: a multiset. */
    private static List<String> keys(List<Map<String, Object>> timeline) {
        return timeline.stream().map(e -> key(e.get("date"), e.get("precision"), e.get("kind"), subjectId(e),
                e.get("sources"))).sorted().toList();
    }

    private static String key(Object date, Object precision, Object kind, Object subjectId, Object sources) {
        List<String> ids = ((List<?>) sources).stream().map(s -> (String) ((Map<?, ?>) s).get("id")).sorted().toList();
        return date + " " + precision + " " + kind + " " + subjectId + " " + ids;
    }

    private static String subjectId(Map<String, Object> entry) {
        return (String) ((Map<?, ?>) entry.get("subject")).get("id");
    }

    private static List<Object> texts(List<Map<String, Object>> timeline, String kind) {
        return timeline.stream().filter(e -> e.get("kind").equals(kind)).map(e -> e.get("text")).toList();
    }

    private static JsonPath parts(String code, String lang) {
        return GraphQL.ok("timelineParts", "code", code, "lang", lang).extract().jsonPath();
    }

    private static JsonPath page(String code, Map<String, Object> arguments) {
        Map<String, Object> variables = new HashMap<>(arguments);
        variables.put("code", code);
        return GraphQL.ok("organizationTimeline", flatten(variables)).extract().jsonPath();
    }

    /** The whole timeline, paged through seven entries at a time, with these further variables. */
    private static List<Map<String, Object>> all(String code, Object... variables) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> arguments = vars(variables);
            arguments.put("first", 7);
            arguments.put("after", after);
            JsonPath page = page(code, arguments);
            entries.addAll(page.getList(TIMELINE + ".nodes"));
            after = page.getBoolean(TIMELINE + ".pageInfo.hasNextPage") ? page.getString(TIMELINE + ".pageInfo.endCursor")
                    : null;
        } while (after != null);
        return entries;
    }

    private static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    private static Object[] flatten(Map<String, Object> variables) {
        List<Object> flat = new ArrayList<>();
        variables.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        return flat.toArray();
    }
}
