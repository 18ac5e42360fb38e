package org.summitgraph.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.summitgraph.person.Position;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The SQL statements of timelines depend on the query's shape, never on how many organizations or entries it reads. */
@QuarkusTest
class TimelineStatementCountTest {

    @Inject EntityManagerFactory emf;
    @Inject Fixtures fixtures;

    @Test
    void statementCountDoesNotGrowWithTheOrganizationsOrTheirEntries() {
        // one entry of each kind of subject, then the same kinds in many more entries of more organizations
        String small = organization(1);
        List<String> many = List.of(small, "csto", organization(3), organization(5));
        long one = statementsFor(List.of(small), 100);
        long four = statementsFor(many, 100);
        assertEquals(one, four, "SQL statements for the timeline of 1 organization with 6 entries vs 4 with many more");
        assertEquals(one, statementsFor(many, 6), "SQL statements for pages of 6 entries vs whole timelines");
    }

    /**
     * A new organization with {@code n} entries of each kind of subject (a milestone, summits, memberships,
     * chairmanships, Secretaries General, exercises); returns its node id.
     */
    private String organization(int n) {
        String code = fixtures.organization("moscow");
        List<String> states = List.of("KG", "KZ", "TJ", "BY", "AM");
        for (int i = 0; i < n; i++) {
            fixtures.milestone(code, LocalDate.of(2000 + i, 1, 1));
            fixtures.summit(code, LocalDate.of(2010 + i, 1, 1), SummitStatus.HELD);
            fixtures.member(code, states.get(i), LocalDate.of(2000 + i, 2, 1));
            fixtures.chairmanship(code, states.get(i), LocalDate.of(2010 + i, 2, 1), LocalDate.of(2010 + i, 12, 31));
            fixtures.officer(code, Position.SECRETARY_GENERAL, LocalDate.of(2010 + i, 3, 1), LocalDate.of(2010 + i, 12, 31));
            fixtures.exercise(code, 2010 + i);
        }
        return code.toLowerCase(Locale.ROOT);
    }

    private long statementsFor(List<String> ids, int first) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        JsonPath json = GraphQL.ok("timelineStatements", "ids", ids, "first", first).extract().jsonPath();
        long count = stats.getPrepareStatementCount();
        for (int i = 0; i < ids.size(); i++) {
            int total = json.getInt("data.nodes[" + i + "].timeline.totalCount");
            assertTrue(total > 1, "the timeline of " + ids.get(i) + " must have more entries than the small page");
            assertEquals(Math.min(first, total), json.getList("data.nodes[" + i + "].timeline.nodes").size());
        }
        assertTrue(count > 0, "statistics must count the statements of the request");
        return count;
    }
}
