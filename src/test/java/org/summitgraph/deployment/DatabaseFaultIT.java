package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Puts a {@link TcpProxy} between the packaged application and PostgreSQL and breaks it while
 * clients query and write, in the two ways databases go away: connections reset and refused (server
 * down), or packets swallowed (network partition). Readiness follows the database both ways within
 * {@link #READINESS_BOUND}, operations meanwhile fail with {@code SERVICE_UNAVAILABLE} within bounds
 * instead of hanging, the same process serves again once the database is back, and every
 * acknowledged write is in the database.
 */
class DatabaseFaultIT {

    /** How soon readiness must turn DOWN after the database goes, and UP after it comes back. */
    private static final Duration READINESS_BOUND = Duration.ofSeconds(10);
    /**
     * Longest answer to an operation while the database is cut. Most are refused at once (a few ms);
     * one a second probes the database, which costs the pool's connection attempt and its retry a
     * second later. 3 s leaves room for a slow machine and stays below the pool's acquisition timeout
     * (5 s) and the statement timeout (10 s): an operation waiting on either one fails the test.
     */
    private static final Duration CUT_ANSWER_BOUND = Duration.ofSeconds(3);
    /**
     * Longest answer to an operation in a blackhole once readiness is DOWN. Most are refused at once;
     * a probe waits for a connection until the pool's acquisition timeout (5 s). But Quarkus 3.33 runs
     * the blocking GraphQL work of one event loop one operation at a time (quarkusio/quarkus#54361), so
     * an operation may first wait for one ahead of it whose statement hangs until the driver's socket
     * timeout (15 s): 20 s, and room for a slow machine.
     */
    private static final Duration BLACKHOLE_ANSWER_BOUND = Duration.ofSeconds(25);
    /** The same for an operation under way when the blackhole begins: it may hang on its own socket too. */
    private static final Duration BLACKHOLE_IN_FLIGHT_BOUND = Duration.ofSeconds(35);
    /** Past this, the test calls a request hung rather than slow. */
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final int WRITES_BEFORE = 5;
    private static final int WRITES_DURING = 5;
    private static final int QUERIES_DURING = 10;
    private static final int WRITES_AFTER = 5;
    private static final int CONCURRENT_WRITERS = 2;

    private final String run = "fault" + Long.toString(System.currentTimeMillis(), 36)
            + ThreadLocalRandom.current().nextInt(1000);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private TcpProxy proxy;
    private PackagedApplication application;
    private String token;

    @BeforeEach
    void start() throws Exception {
        URI database = URI.create(databaseUrl().substring("jdbc:".length()));
        proxy = TcpProxy.to(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getRawPath()
                + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
        String publicKey = Path.of("src/test/resources/jwt/public-key.pem").toAbsolutePath().toString();
        application = PackagedApplication.start(Map.of("DB_URL", proxied, "JWT_PUBLIC_KEY_LOCATION", publicKey));
        token = Jwt.issuer("summit-graph").subject("fault-test").upn("fault-test").groups(Set.of("editor"))
                .expiresIn(3600).sign(KeyUtils.readPrivateKey("jwt/private-key.pem"));
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (application != null) {
                application.close();
            }
        } finally {
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @Test
    void cutConnectionsFailFastAndTheServiceRecoversWithoutLosingAWrite() throws Exception {
        survives("cut", proxy::cut, CUT_ANSWER_BOUND, CUT_ANSWER_BOUND);
    }

    @Test
    void aBlackholedDatabaseFailsOperationsWithinTheTimeoutsAndTheServiceRecovers() throws Exception {
        survives("blackhole", proxy::blackhole, BLACKHOLE_ANSWER_BOUND, BLACKHOLE_IN_FLIGHT_BOUND);
    }

    /**
     * Breaks the database with {@code fault} while clients write, and checks readiness, the answers
     * (each within {@code answerBound} once readiness is DOWN, within {@code inFlightBound} for those
     * under way when the fault struck), recovery, the database's content and the log.
     */
    private void survives(String fault, Fault breakDatabase, Duration answerBound, Duration inFlightBound)
            throws Exception {
        long pid = application.process.pid();
        int logLinesBefore = application.logText().split("\\R").length;
        System.out.printf("[database %s] application log: %s%n", fault, application.log);

        // 1. before the fault
        assertEquals("UP", readiness().body.getString("status"));
        List<String> before = new ArrayList<>();
        for (int i = 0; i < WRITES_BEFORE; i++) {
            Answer write = createPerson(run + "-before-" + i);
            assertNull(write.code, () -> "a write before the fault: " + write);
            before.add(run + "-before-" + i);
        }
        Answer query = personById(before.get(0));
        assertNull(query.code, () -> "a query before the fault: " + query);
        assertEquals(before.get(0), query.body.getJsonObject("data").getJsonObject("person").getString("id"));

        // 2. the fault, while clients keep writing
        Writers writers = new Writers();
        List<Outcome> concurrent;
        List<String> refused = new ArrayList<>();
        List<String> after = new ArrayList<>();
        long downAt;
        long restoredAt;
        try {
            writers.awaitAcknowledgedMoreThan(0, "the writers get through before the fault");
            long faultAt = System.nanoTime();
            breakDatabase.apply();
            Duration down = awaitReadiness("DOWN", faultAt);
            downAt = System.nanoTime();
            System.out.printf("[database %s] readiness DOWN %d ms after the fault%n", fault, down.toMillis());
            assertTrue(down.compareTo(READINESS_BOUND) <= 0, "readiness DOWN after " + down.toMillis() + " ms");

            List<Answer> outage = new ArrayList<>();
            for (int i = 0; i < QUERIES_DURING; i++) {
                // every other one over GET, whose cache tag would ask the database for its data version
                outage.add(i % 2 == 0 ? personById(before.get(0)) : personByIdOverGet(before.get(0)));
                Thread.sleep(200);
            }
            for (int i = 0; i < WRITES_DURING; i++) {
                outage.add(createPerson(run + "-during-" + i));
                refused.add(run + "-during-" + i);
            }
            List<Long> latencies = outage.stream().map(Answer::millis).toList();
            System.out.printf("[database %s] %d queries and %d writes during the outage: median %d ms, max %d ms %s%n",
                    fault, QUERIES_DURING, WRITES_DURING, median(latencies), Collections.max(latencies), latencies);
            for (Answer answer : outage) {
                assertUnavailable(answer, "an operation during the outage", answerBound);
            }

            // 3. the database comes back to the same process
            restoredAt = System.nanoTime();
            proxy.restore();
            Duration up = awaitReadiness("UP", restoredAt);
            System.out.printf("[database %s] readiness UP %d ms after the restore%n", fault, up.toMillis());
            assertTrue(up.compareTo(READINESS_BOUND) <= 0, "readiness UP after " + up.toMillis() + " ms");
            assertTrue(application.process.isAlive());
            assertEquals(pid, application.process.pid());
            // an operation refused just before the restore makes the next ones wait for a probe (up to 1 s)
            Duration serving = awaitServing(before.get(0), restoredAt, answerBound);
            System.out.printf("[database %s] queries answered again %d ms after the restore%n", fault,
                    serving.toMillis());
            assertTrue(serving.compareTo(READINESS_BOUND) <= 0,
                    "queries answered again after " + serving.toMillis() + " ms");
            for (int i = 0; i < WRITES_AFTER; i++) {
                Answer write = createPerson(run + "-after-" + i);
                assertNull(write.code, () -> "a write after the outage: " + write);
                after.add(run + "-after-" + i);
            }
            writers.awaitAcknowledgedMoreThan(writers.acknowledged(), "the writers get through again after the restore");
        } finally {
            concurrent = writers.stop();
        }

        // 4. what the clients were told, against what the database holds
        Set<String> persons = idsInDatabase("select id from person where id like ?");
        Set<String> logged = idsInDatabase("select input ->> 'id' from change_log where operation = 'createPerson' "
                + "and input ->> 'id' like ?");
        List<Outcome> acknowledged = concurrent.stream().filter(o -> o.answer.code == null).toList();
        List<Outcome> failed = concurrent.stream().filter(o -> o.answer.code != null).toList();
        System.out.printf("[database %s] concurrent writes: %d acknowledged, %d failed %s, latency max %d ms%n",
                fault, acknowledged.size(), failed.size(),
                failed.stream().collect(Collectors.groupingBy(o -> o.answer.code, Collectors.counting())),
                concurrent.stream().mapToLong(o -> o.answer.millis).max().orElse(0));
        List<String> expected = new ArrayList<>(before);
        expected.addAll(after);
        acknowledged.forEach(o -> expected.add(o.id));
        List<String> lost = expected.stream().filter(Predicate.not(persons::contains)
                .or(Predicate.not(logged::contains))).toList();
        System.out.printf("[database %s] %d acknowledged writes, %d in the database with their change log entry%n",
                fault, expected.size(), expected.size() - lost.size());
        assertEquals(List.of(), lost, "acknowledged writes missing from the database");
        for (Outcome o : failed) {
            // a failed write may have committed just before its connection broke, but never in part
            assertEquals(persons.contains(o.id), logged.contains(o.id), () -> "half-written: " + o);
            boolean duringOutage = o.startedAt > downAt && o.startedAt + o.answer.millis * 1_000_000 < restoredAt;
            if (duringOutage || !"TIMEOUT".equals(o.answer.code)) {
                assertUnavailable(o.answer, "a concurrent write", duringOutage ? answerBound : inFlightBound);
            } else {
                // held up by a blackhole that lifted in time, it outlasted the operation time limit (10 s)
                assertTrue(o.answer.millis <= inFlightBound.toMillis(), () -> "a concurrent write: " + o);
            }
        }
        long committedAnyway = failed.stream().filter(o -> persons.contains(o.id)).count();
        System.out.printf("[database %s] %d failed writes committed all the same (the failure came after the commit)%n",
                fault, committedAnyway);
        for (String id : refused) {
            assertFalse(persons.contains(id) || logged.contains(id), id + " was refused but written");
        }
        long refusedConcurrently = failed.stream().filter(o -> o.startedAt > downAt && o.startedAt < restoredAt)
                .count();
        System.out.printf("[database %s] readiness DOWN for %d ms; %d writes refused meanwhile, none written%n",
                fault, TimeUnit.NANOSECONDS.toMillis(restoredAt - downAt), refused.size() + refusedConcurrently);

        // 5. the outage leaves warnings, and stack traces only of the transactions it broke
        List<JsonObject> lines = logLines(logLinesBefore);
        System.out.printf("[database %s] log during the test: %d lines, %d warnings, %d with a stack trace%n",
                fault, lines.size(), lines.stream().filter(l -> "WARN".equals(l.getString("level"))).count(),
                lines.stream().filter(l -> l.containsKey("exception")).count());
        assertEquals(List.of(), lines.stream().filter(l -> Set.of("ERROR", "FATAL").contains(l.getString("level")))
                .map(JsonObject::encode).toList(), "errors logged");
        // Narayana warns, with the driver's exception, when it cannot commit or roll back over a broken
        // connection: only the transactions under way when the fault struck, not each request of the outage
        List<JsonObject> traces = lines.stream().filter(l -> l.containsKey("exception")).toList();
        assertTrue(traces.stream().allMatch(l -> "WARN".equals(l.getString("level"))
                && "com.arjuna.ats.jta".equals(l.getString("loggerName"))), () -> "stack traces: " + traces);
        assertTrue(traces.size() <= 2 * (CONCURRENT_WRITERS + 1), () -> "stack traces: " + traces);
        // the change listener, if it noticed (a blackholed connection may outlive the outage), is back
        // by itself after its backoff (at most 30 s)
        if (lines.stream().anyMatch(l -> l.getString("message", "").startsWith("Change notifications are not"))) {
            long listenerDeadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (!application.logText().contains("Receiving change notifications again")) {
                assertTrue(System.nanoTime() < listenerDeadline, "the change listener did not reconnect");
                Thread.sleep(200);
            }
            System.out.printf("[database %s] change listener receiving again %d ms after the restore%n", fault,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restoredAt));
        }
    }

    @FunctionalInterface
    private interface Fault {
        void apply() throws IOException;
    }

    private static void assertUnavailable(Answer answer, String what, Duration bound) {
        assertEquals(200, answer.status, () -> what + ": " + answer);
        assertEquals("SERVICE_UNAVAILABLE", answer.code, () -> what + ": " + answer);
        String message = answer.body.getJsonArray("errors").getJsonObject(0).getString("message");
        assertFalse(message.contains("Exception") || message.contains("org.") || message.contains("java.")
                || message.contains("SQL"), () -> what + " tells internals: " + message);
        assertTrue(answer.millis <= bound.toMillis(), () -> what + " took " + answer.millis + " ms: " + answer);
    }

    /** Clients writing new people one after the other, each write with its own id. */
    private final class Writers {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger sequence = new AtomicInteger();
        private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        private final ExecutorService executor = Executors.newFixedThreadPool(CONCURRENT_WRITERS);
        private final List<Future<?>> futures = new ArrayList<>();

        Writers() {
            for (int i = 0; i < CONCURRENT_WRITERS; i++) {
                futures.add(executor.submit(() -> {
                    while (running.get()) {
                        String id = run + "-w-" + sequence.incrementAndGet();
                        long startedAt = System.nanoTime();
                        outcomes.add(new Outcome(id, startedAt, createPerson(id)));
                        Thread.sleep(20);
                    }
                    return null;
                }));
            }
        }

        /** Waits, within the readiness bound, until more than {@code count} writes have been acknowledged. */
        void awaitAcknowledgedMoreThan(long count, String what) throws InterruptedException {
            long deadline = System.nanoTime() + READINESS_BOUND.toNanos();
            while (acknowledged() <= count) {
                assertTrue(System.nanoTime() < deadline, what);
                Thread.sleep(20);
            }
        }

        long acknowledged() {
            synchronized (outcomes) {
                return outcomes.stream().filter(o -> o.answer.code == null).count();
            }
        }

        List<Outcome> stop() throws Exception {
            running.set(false);
            for (Future<?> future : futures) {
                future.get(HANG.toSeconds() * 2, TimeUnit.SECONDS);
            }
            executor.shutdown();
            return List.copyOf(outcomes);
        }
    }

    private record Outcome(String id, long startedAt, Answer answer) {
    }

    /** An HTTP answer: status, body, {@code errors[0].extensions.code} (null without errors) and time taken. */
    private record Answer(int status, JsonObject body, String code, long millis) {
        @Override
        public String toString() {
            return status + " in " + millis + " ms: " + body.encode();
        }
    }

    private Answer createPerson(String id) throws IOException, InterruptedException {
        return graphql("createPerson", Map.of("input", Map.of("id", id, "name", "Fault " + id)));
    }

    private Answer personById(String id) throws IOException, InterruptedException {
        return graphql("personById", Map.of("id", id));
    }

    private Answer personByIdOverGet(String id) throws IOException, InterruptedException {
        String query = "query=" + URLEncoder.encode(GraphQL.document("personById"), StandardCharsets.UTF_8)
                + "&variables=" + URLEncoder.encode(new JsonObject().put("id", id).encode(), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/graphql?" + query)).timeout(HANG)
                .header("Accept", "application/json").GET().build());
    }

    private Answer graphql(String document, Map<String, Object> variables) throws IOException, InterruptedException {
        JsonObject body = new JsonObject().put("query", GraphQL.document(document)).put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql")).timeout(HANG)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode()));
        if (document.startsWith("create")) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private Answer readiness() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(HANG).GET().build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AssertionError(request.uri() + " hung for " + HANG.toSeconds() + " s", e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        JsonObject body = response.body().isBlank() ? new JsonObject() : new JsonObject(response.body());
        JsonArray errors = body.getJsonArray("errors");
        String code = errors == null || errors.isEmpty() ? null
                : errors.getJsonObject(0).getJsonObject("extensions", new JsonObject()).getString("code", "NONE");
        return new Answer(response.statusCode(), body, code, millis);
    }

    /** Polls readiness until it reports {@code status}; the time from {@code since} until then. */
    private Duration awaitReadiness(String status, long since) throws IOException, InterruptedException {
        long deadline = since + READINESS_BOUND.multipliedBy(3).toNanos();
        while (System.nanoTime() < deadline) {
            Answer answer = readiness();
            if (status.equals(answer.body.getString("status"))) {
                assertEquals("UP".equals(status) ? 200 : 503, answer.status);
                return Duration.ofNanos(System.nanoTime() - since);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("readiness not " + status + " within " + READINESS_BOUND.multipliedBy(3).toSeconds()
                + " s: " + readiness());
    }

    /** Queries until one is answered without errors; the time from {@code since} until then. */
    private Duration awaitServing(String personId, long since, Duration answerBound)
            throws IOException, InterruptedException {
        long deadline = since + READINESS_BOUND.multipliedBy(3).toNanos();
        Answer answer;
        do {
            answer = personById(personId);
            if (answer.code == null) {
                assertEquals(personId, answer.body.getJsonObject("data").getJsonObject("person").getString("id"));
                return Duration.ofNanos(System.nanoTime() - since);
            }
            assertUnavailable(answer, "a query while the service recovers", answerBound);
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("queries not answered within " + READINESS_BOUND.multipliedBy(3).toSeconds() + " s: "
                + answer);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + application.port + path);
    }

    /** The ids of this run's people in {@code sql}'s single column, read straight from the database. */
    private Set<String> idsInDatabase(String sql) throws SQLException {
        Map<String, String> env = PackagedApplication.databaseEnvironment();
        try (Connection connection = DriverManager.getConnection(databaseUrl(), env.get("DB_USER"),
                env.get("DB_PASSWORD")); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, run + "-%");
            Set<String> ids = new HashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private List<JsonObject> logLines(int skip) throws IOException {
        return application.logText().lines().skip(skip).filter(l -> l.startsWith("{")).map(JsonObject::new).toList();
    }

    private static String databaseUrl() {
        return PackagedApplication.databaseEnvironment().get("DB_URL");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
