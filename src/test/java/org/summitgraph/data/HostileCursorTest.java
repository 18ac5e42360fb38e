package org.summitgraph.data;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.summitgraph.support.Refusals.refused;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.LoudLog;
import org.summitgraph.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Cursors are opaque to clients but decode to keys that end up in SQL: one whose keys the service never
 * makes (a NUL character, a date outside 0001-01-01..9999-12-31) is refused in Java, before any SQL
 * runs, as a bad cursor, and without the two WARN lines that PostgreSQL's refusal used to cost.
 */
@QuarkusTest
class HostileCursorTest {

    private static final String BAD_CURSOR = "`after` is not a valid cursor for this list";

    @Inject EntityManagerFactory emf;

    static Stream<Arguments> hostileCursors() {
        return Stream.of(
                Arguments.of("summitPage", "a summit id holding NUL", Paging.encode("summit", "2020-01-01", "csto\u0000")),
                Arguments.of("summitPage", "a date of year 99999", Paging.encode("summit", "+99999-01-01", "csto")),
                Arguments.of("summitPage", "a date beyond PostgreSQL's", Paging.encode("summit", "+9999999-01-01", "csto")),
                Arguments.of("summitPage", "a date of year -5", Paging.encode("summit", "-0005-01-01", "csto")),
                Arguments.of("summitPage", "a date of year 0", Paging.encode("summit", "0000-12-31", "csto")),
                Arguments.of("documentPage", "a summit id holding NUL",
                        Paging.encode("document", "2020-01-01", "csto\u0000", "1")),
                Arguments.of("documentPage", "a date of year 99999", Paging.encode("document", "+99999-01-01", "csto", "1")),
                Arguments.of("peoplePage", "a person id holding NUL", Paging.encode("person", "vladimir\u0000putin")),
                Arguments.of("peoplePage", "a person id holding a control character",
                        Paging.encode("person", "vladimir\u0007putin")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileCursors")
    void aHostileCursorIsBadUserInputBeforeAnySql(String document, String kind, String cursor) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        try (LoudLog log = LoudLog.record()) {
            statistics.clear();
            refused(GraphQL.send(document, Map.of(), "first", 2, "after", cursor), "BAD_USER_INPUT")
                    .body("errors[0].message", equalTo(BAD_CURSOR));
            assertEquals(0, statistics.getPrepareStatementCount(), "SQL statements run");
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void aChangeLogCursorWhoseKeyIsNoNumberIsBadUserInputBeforeAnySql() {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        refused(GraphQL.send("changes", Tokens.bearer(Tokens.admin()), "first", 2,
                "after", Paging.encode("change-NEWEST_FIRST", "99999999999999999999")), "BAD_USER_INPUT")
                .body("errors[0].message", equalTo(BAD_CURSOR));
        assertEquals(0, statistics.getPrepareStatementCount(), "SQL statements run");
    }

    @Test
    void aHostileCursorOfAnOrganizationsSummitsIsBadUserInput() {
        try (LoudLog log = LoudLog.record()) {
            GraphQL.send("organizationSummitPages", Map.of(), "code", "CSTO", "first", 2,
                    "after", Paging.encode("summit", "2020-01-01", "csto\u0000"))
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo(BAD_CURSOR));
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void theCursorsTheServiceMakesStillWork() {
        String after = GraphQL.ok("summitPage", "organization", "CSTO", "first", 1)
                .extract().path("data.summits.pageInfo.endCursor");
        GraphQL.ok("summitPage", "organization", "CSTO", "first", 1, "after", after)
                .body("data.summits.nodes[0].id", equalTo("csto-2015-12-21-moscow"));
    }
}
