package org.summitgraph.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays another instance of the application: sends NOTIFYs over a JDBC connection of its own, not
 * through the application's pool or services.
 */
public final class OtherInstance {

    private OtherInstance() {
    }

    /** {@code select pg_notify(channel, payload)}, committed. */
    public static void notify(String channel, String payload) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            pgNotify(connection, channel, payload);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code select pg_notify(channel, payload)} in a transaction that is then rolled back. */
    static void notifyAndRollBack(String channel, String payload) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            pgNotify(connection, channel, payload);
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The numeric id of a membership of the shipped dataset. */
    static long membershipId(String organization, String country) {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "select id from membership where organization_code = ? and country_code = ?")) {
            query.setString(1, organization);
            query.setString(2, country);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No membership of " + country + " in " + organization);
                }
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Terminates the backends of this database's change listeners, as a failing database would; returns how many. */
    static int terminateChangeListeners() {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("""
                        select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                        where application_name = 'summit-graph change listener' and datname = current_database()""");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pgNotify(Connection connection, String channel, String payload) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, channel);
            statement.setString(2, payload);
            statement.execute();
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
