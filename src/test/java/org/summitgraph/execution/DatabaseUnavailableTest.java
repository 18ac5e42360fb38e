package org.summitgraph.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.transaction.xa.XAException;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.GraphQLErrors;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the driver, the pool, Hibernate and Narayana throw when the database cannot be reached is
 * SERVICE_UNAVAILABLE, without internals; the outage guard then refuses operations at once; the
 * pool's timeouts fit together. DatabaseFaultIT breaks real connections.
 */
@QuarkusTest
class DatabaseUnavailableTest {

    @Inject AgroalDataSource dataSource;
    @Inject SummitGraphConfig config;

    @Test
    void connectionFailuresAreServiceUnavailable() {
        List<Throwable> failures = List.of(
                new SQLException("Connection to db:5432 refused.", "08001"),
                new SQLException("An I/O error occurred while sending to the backend.", "08006",
                        new SocketException("Connection reset")),
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"),
                new SQLException("FATAL: the database system is starting up", "57P03"),
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLException("Connection attempt timed out.", "08001")),
                new GenericJDBCException("Unable to acquire JDBC Connection",
                        new SQLException("Sorry, acquisition timeout!")),
                new GenericJDBCException("Unable to acquire JDBC Connection",
                        new SQLException("Acquisition timeout while waiting for new connection")),
                failedCommit());
        for (Throwable failure : failures) {
            GraphQLError error = coded(failure);
            assertEquals("SERVICE_UNAVAILABLE", error.getExtensions().get("code"), failure::toString);
            assertEquals(GraphQLErrors.UNAVAILABLE_MESSAGE, error.getMessage());
        }
    }

    @Test
    void otherDatabaseFailuresKeepTheirCodes() {
        assertEquals("TIMEOUT", coded(new SQLException("ERROR: canceling statement due to statement timeout",
                "57014")).getExtensions().get("code"));
        // a broken unique key is a duplicate, not a concurrent edit (DatabaseRulesTest has every rule)
        assertEquals("DUPLICATE", coded(new ConstraintViolationException("could not execute statement",
                new SQLException("ERROR: duplicate key value violates unique constraint", "23505"), "person_pkey"))
                .getExtensions().get("code"));
    }

    @Test
    void theGuardRefusesOperationsWhileTheDatabaseIsUnreachable() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        AtomicInteger fetches = new AtomicInteger();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { a: String }"), RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("a", env -> {
                    fetches.incrementAndGet();
                    if (down.get()) {
                        throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                                new SQLException("Connection refused", "08001"));
                    }
                    return "a";
                })).build());
        AtomicLong now = new AtomicLong();
        GraphQL engine = GraphQL.newGraphQL(schema).instrumentation(new DatabaseOutageGuard(now::get)).build();

        assertEquals(1, engine.execute("{ a }").getErrors().size()); // the failure that opens the guard
        assertRefused(engine.execute("{ a }"));
        assertEquals(1, fetches.get(), "refused without asking the database");

        now.addAndGet(DatabaseOutageGuard.RETRY_AFTER.toNanos());
        assertEquals(1, engine.execute("{ a }").getErrors().size()); // a probe, failing
        assertEquals(2, fetches.get());
        assertRefused(engine.execute("{ a }"));

        down.set(false);
        now.addAndGet(DatabaseOutageGuard.RETRY_AFTER.toNanos());
        assertEquals(List.of(), engine.execute("{ a }").getErrors()); // a probe, succeeding
        assertEquals(List.of(), engine.execute("{ a }").getErrors());
        assertEquals(4, fetches.get());
    }

    @Test
    void anUnreachableDatabaseFoundOutsideAnOperationOpensTheGuard() {
        AtomicInteger fetches = new AtomicInteger();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { a: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("a", env -> {
                    fetches.incrementAndGet();
                    return "a";
                })).build());
        AtomicLong now = new AtomicLong();
        DatabaseOutageGuard guard = new DatabaseOutageGuard(now::get);
        GraphQL engine = GraphQL.newGraphQL(schema).instrumentation(guard).build();

        guard.unreachable(); // as the HTTP cache's version read does
        assertTrue(guard.open());
        assertRefused(engine.execute("{ a }"));
        assertEquals(0, fetches.get(), "refused without asking the database");

        now.addAndGet(DatabaseOutageGuard.RETRY_AFTER.toNanos());
        assertEquals(List.of(), engine.execute("{ a }").getErrors()); // a probe, succeeding
        assertFalse(guard.open());
        assertEquals(1, fetches.get());
    }

    @Test
    void thePoolsTimeoutsFitTogether() {
        AgroalConnectionPoolConfiguration pool = dataSource.getConfiguration().connectionPoolConfiguration();
        Properties driver = pool.connectionFactoryConfiguration().jdbcProperties();
        long socketTimeout = Long.parseLong(driver.getProperty("socketTimeout"));
        assertTrue(socketTimeout > config.limits().timeout().toSeconds(),
                "PostgreSQL cancels a long statement (TIMEOUT) before the driver gives its connection up");
        assertTrue(pool.connectionFactoryConfiguration().loginTimeout().compareTo(pool.acquisitionTimeout()) < 0,
                "a connection attempt ends before the wait for a connection");
        assertFalse(pool.idleValidationTimeout().isZero(), "idle connections are checked before use");
    }

    private static void assertRefused(ExecutionResult result) {
        assertEquals(1, result.getErrors().size());
        GraphQLError error = GraphQLErrors.withCode(result.getErrors().get(0), true);
        assertEquals("SERVICE_UNAVAILABLE", error.getExtensions().get("code"));
        assertEquals(GraphQLErrors.UNAVAILABLE_MESSAGE, error.getMessage());
    }

    private static GraphQLError coded(Throwable failure) {
        return GraphQLErrors.withCode(new ExceptionWhileDataFetching(ResultPath.rootPath(),
                new RuntimeException("wrapped", failure), new SourceLocation(1, 1)), true);
    }

    /** A commit failing on a broken connection: Narayana gives the driver's exception as a suppressed one. */
    private static Throwable failedCommit() {
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);
        return rollback;
    }
}
