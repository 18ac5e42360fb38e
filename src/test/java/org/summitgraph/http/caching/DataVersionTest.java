package org.summitgraph.http.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
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

/** The data version behind the ETags moves once with every committed transaction that writes, and only then. */
@QuarkusTest
class DataVersionTest {

    @Inject AgroalDataSource dataSource;
    @Inject Fixtures fixtures;

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

    @Test
    void aTransactionMovesItOnceHoweverManyRowsItWrites() throws SQLException {
        long before = version();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int transaction = 0; transaction < 2; transaction++) {
                try (Statement s = c.createStatement()) {
                    // 2,000 rows of two tables, the inserted ones gone again by the commit
                    s.executeUpdate("insert into change_log (changed_at, subject, operation, input) select now(), "
                            + "'data-version-test', 'test', '{}' from generate_series(1, 1000)");
                    for (int i = 0; i < 10; i++) {
                        s.executeUpdate("update organization set code = code where code = 'CSTO'");
                    }
                    s.executeUpdate("delete from change_log where subject = 'data-version-test'");
                }
                c.commit();
            }
        }
        // once per transaction: a transaction's mark does not outlive it on its connection
        assertEquals(before + 2, version());
    }

    @Test
    void aMoveUndoneWithASavepointLeavesItToTheWritesThatStay() throws SQLException {
        long before = version();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                Savepoint savepoint = c.setSavepoint();
                s.executeUpdate("update organization set code = code where code = 'CSTO'");
                // the deferred trigger fires now, inside the savepoint: the version moves, then is undone
                s.execute("set constraints all immediate");
                c.rollback(savepoint);
                s.execute("set constraints all deferred");
                s.executeUpdate("update organization set code = code where code = 'CSTO'");
            }
            c.commit();
        }
        assertEquals(before + 1, version(), "the write that stayed moves the version");
    }
}
