package org.summitgraph.summit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The SQL statements of a request depend on the query's shape, never on how many rows it returns. */
@QuarkusTest
class SqlStatementCountTest {

    @Inject EntityManagerFactory emf;
    @Inject Fixtures fixtures;

    @Test
    void deepQueryOverAllSummitsRunsAsManyStatementsAsOverTwo() {
        // the two summits from Bishkek 2025 on: Bishkek has data at every level the query asks for
        String before2025 = GraphQL.ok("summitPage", "organization", "CSTO", "year", 2024)
                .extract().path("data.summits.pageInfo.endCursor");
        long all = statementsFor("CSTO", 100, null);
        long two = statementsFor("CSTO", 2, before2025);
        assertEquals(two, all, "SQL statements for 100 summits vs 2 summits");
    }

    @Test
    void statementCountDoesNotGrowWithTheSummitsOfAnOrganization() {
        String organization = fixtures.organization("moscow");
        fixtures.summits(organization, LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1), LocalDate.of(2003, 1, 1),
                LocalDate.of(2004, 1, 1), LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1));
        long six = statementsFor(organization, 6, null);
        long one = statementsFor(organization, 1, null);
        assertEquals(one, six, "SQL statements for 6 summits vs 1 summit");
    }

    private long statementsFor(String organization, int first, String after) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        JsonPath json = GraphQL.ok("deepSummits", "organization", organization, "first", first, "after", after)
                .extract().jsonPath();
        long count = stats.getPrepareStatementCount();
        int total = json.getInt("data.summits.totalCount");
        assertTrue(total > 2, "the organization must have more summits than the small page");
        assertEquals(after == null ? Math.min(first, total) : first, json.getList("data.summits.nodes").size());
        assertTrue(count > 0, "statistics must count the statements of the request");
        return count;
    }
}
