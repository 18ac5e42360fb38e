package org.summitgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The data version behind the ETags moves with every committed change, and only then. */
@QuarkusTest
class DataVersionTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Fixtures fixtures;

    private long version() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select version from data_version")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void everyTableMovesTheVersion() throws SQLException {
        List<String> without = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        select t.table_name from information_schema.tables t
                        where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and t.table_name not in ('flyway_schema_history', 'data_version')
                          and not exists (select 1 from pg_trigger g
                                          where g.tgrelid = (quote_ident(t.table_name))::regclass
                                            and g.tgname = t.table_name || '_data_version')
                        """)) {
            while (r.next()) {
                without.add(r.getString(1));
            }
        }
        assertEquals(List.of(), without, "tables whose changes would leave ETags unchanged");
    }

    @Test
    void aCommittedChangeMovesItARolledBackOneDoesNot() throws SQLException {
        long before = version();
        fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2026, 5, 1), SummitStatus.HELD);
        long afterCommit = version();
        assertTrue(afterCommit > before, "committed: " + before + " -> " + afterCommit);

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update organization set code = code where code = 'CSTO'");
            }
            c.rollback();
        }
        assertEquals(afterCommit, version(), "a rolled-back change");
    }
}
