package org.summitgraph.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * LISTENs on the change channels of {@link ChangeEvents} over one dedicated JDBC connection per
 * instance, opened with the datasource's settings outside the connection pool (a pooled
 * connection held forever would shrink the pool, and LISTEN must outlive any one transaction),
 * its timeouts included, so that an unreachable database cannot hold it up for long.
 *
 * <p>A background thread polls the connection for notifications and hands them to the
 * {@link ChangeFeed}. PostgreSQL delivers a notification only after the sending transaction has
 * committed, on every instance: this is the fan-out, with no other infrastructure.
 *
 * <p>When the connection fails, the thread reconnects with exponential backoff; it logs the first
 * failure, then at most one warning every few minutes while the database stays unreachable, and
 * once more when it is back. Notifications sent while it is disconnected are not replayed.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration CHECK_IDLE_CONNECTION = Duration.ofSeconds(30);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration REPEAT_WARNING = Duration.ofMinutes(5);
    /** How long a connection must have held for a failure to count as a new outage. */
    private static final Duration STABLE_CONNECTION = Duration.ofSeconds(30);

    private final ChangeFeed feed;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final AgroalConnectionFactoryConfiguration pool;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean listening;
    private Thread thread;

    ChangeListener(ChangeFeed feed, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            AgroalDataSource dataSource) {
        this.feed = feed;
        this.url = url;
        this.username = username;
        this.password = password;
        this.pool = dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration();
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "summit-graph-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped.countDown();
        if (thread != null) {
            try {
                // the thread checks for the stop at least every POLL_MILLIS
                thread.join(5 * POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the connection is open and LISTENing (for checks and tests). */
    public boolean listening() {
        return listening;
    }

    private boolean running() {
        return stopped.getCount() > 0;
    }

    private void run() {
        Duration backoff = MIN_BACKOFF;
        long lastWarning = 0;
        boolean outageWarned = false; // a warning was logged for the current outage
        boolean warned = false; // ... and recovery has not been logged yet
        while (running()) {
            long connectedAt = 0;
            try (Connection connection = connect()) {
                connectedAt = System.nanoTime();
                listening = true;
                if (warned) {
                    LOG.info("Receiving change notifications again");
                    warned = false;
                } else {
                    LOG.debug("Listening for change notifications");
                }
                poll(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running()) {
                    break;
                }
                // a connection that held for a while ends an outage; one that broke at once continues it
                if (connectedAt != 0 && System.nanoTime() - connectedAt >= STABLE_CONNECTION.toNanos()) {
                    backoff = MIN_BACKOFF;
                    outageWarned = false;
                }
                long now = System.nanoTime();
                if (!outageWarned || now - lastWarning >= REPEAT_WARNING.toNanos()) {
                    LOG.warnf("Change notifications are not received (%s); retrying with backoff up to %d s",
                            e.getMessage(), MAX_BACKOFF.toSeconds());
                    lastWarning = now;
                    outageWarned = true;
                    warned = true;
                } else {
                    LOG.debugf("Change listener still failing: %s", e.getMessage());
                }
                if (pause(backoff)) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        listening = false;
    }

    private Connection connect() throws SQLException {
        // the pool's driver properties: connectTimeout, socketTimeout, options...
        Properties properties = new Properties();
        properties.putAll(pool.jdbcProperties());
        if (!pool.loginTimeout().isZero()) {
            properties.setProperty("loginTimeout", String.valueOf(pool.loginTimeout().toSeconds()));
        }
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "summit-graph change listener");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ChangeEvents.SUMMITS);
                statement.execute("LISTEN " + ChangeEvents.MEMBERSHIPS);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void poll(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastActivity = System.nanoTime();
        while (running()) {
            // blocks up to POLL_MILLIS waiting for notifications; throws when the connection breaks
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastActivity = System.nanoTime();
                for (PGNotification notification : notifications) {
                    feed.received(notification.getName(), notification.getParameter());
                }
            } else if (System.nanoTime() - lastActivity > CHECK_IDLE_CONNECTION.toNanos()) {
                // a silently dropped connection gives no error while waiting: ask the server now and then
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
                lastActivity = System.nanoTime();
            }
        }
    }

    /** Waits for {@code duration} or until stopped; true when stopped. */
    private boolean pause(Duration duration) {
        try {
            return stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
