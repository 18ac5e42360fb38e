package org.summitgraph.support;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.vertx.core.json.JsonObject;

/**
 * Searches that keep PostgreSQL busy: text search takes time quadratic in repeated words, so "csto"
 * repeated a few hundred times takes seconds. The profile lets such texts through, gives the
 * operation a minute, and keeps no answer, so that a search asked again runs again.
 */
public class SlowSearches implements QuarkusTestProfile {

    /** A search text PostgreSQL takes a few seconds over (12 s for 2,700 times). */
    public static String text(int repeats) {
        return "csto ".repeat(repeats);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("summit-graph.limits.timeout", "60s",
                "summit-graph.limits.max-search-length", "20000",
                "summit-graph.limits.max-search-terms", "5000",
                "summit-graph.answer-cache.max-size", "0");
    }

    /**
     * Sends the search {@code document} (a test document's name) with {@code text} on a connection of its own,
     * waits until its statement runs, and hangs up.
     */
    public static void sendAndHangUp(URL graphql, DataSource dataSource, String document, String text)
            throws Exception {
        String body = new JsonObject().put("query", GraphQL.document(document))
                .put("variables", new JsonObject().put("text", text).put("first", 5)).encode();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            await(dataSource, true);
        }
    }

    /** Whether a search statement of another connection is running in the test database. */
    public static boolean running(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and state = 'active' and pid <> pg_backend_pid() "
                        + "and query like '%websearch_to_tsquery%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /** Waits, at most 30 s, until a search statement runs ({@code true}) or none does. */
    public static void await(DataSource dataSource, boolean running) throws Exception {
        Polling.until(() -> running(dataSource) == running, running ? "a search statement runs" : "no search statement runs");
    }
}
