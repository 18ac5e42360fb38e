package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitgraph.deployment.FuzzRequests.FuzzRequest;
import org.summitgraph.deployment.FuzzRequests.Kind;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Sends 6,000 generated requests to the packaged application (queries built from its schema with
 * random arguments, mutated documents, random JSON and bytes, wrong Content-Types, mutations without
 * a token or with a signed token whose claims must not be trusted, fragment fan-outs, long id lists,
 * long search texts, odd headers...) and checks that no client mistake gets a 5xx, an
 * INTERNAL_SERVER_ERROR, an uncoded error, internals in the answer or an ERROR in the log, that the
 * expensive shapes are answered within seconds, and that the application ends healthy with its heap
 * back to its level after the warm-up. The seed is printed; -Dfuzz.seed replays a run.
 *
 * <p>The heap is checked on the JVM only: a native executable takes no forced GC from outside unless
 * built with --enable-monitoring=jcmd, which this build does not ask for, and there the heap test is
 * reported skipped.
 */
class FuzzingIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_129L);
    private static final boolean JVM = PackagedApplication.isJar(Path.of(System.getProperty("summit-graph.artifact")));
    private static final int REQUESTS = 6_000;
    private static final int WARM_UP = 500;
    private static final int CONCURRENCY = 4;
    /**
     * What the live heap may grow by over the 5,500 requests after the warm-up: twice the 5 to 8 MiB
     * measured, all of it bounded caches still filling with new query shapes (Hibernate's query plans,
     * the driver's per-connection statements, the HQL parser's DFA), while keeping 3 KiB per request
     * would take more.
     */
    private static final long HEAP_GROWTH_ALLOWED = 16L << 20;

    /** Stack frames, Java and library packages, message ids and AST or collection class names. */
    private static final Pattern INTERNALS = Pattern.compile(String.join("|",
            "\\bat [\\w$]+(\\.[\\w$<>]+)+\\(", "\\.java:\\d+", "Exception", "Throwable",
            "\\b(java|javax|jakarta|sun)\\.[a-z]", "\\borg\\.(summitgraph|hibernate|jboss|postgresql|eclipse|flywaydb)\\.",
            "\\bio\\.(smallrye|vertx|quarkus|netty|micrometer|opentelemetry)\\.", "\\bcom\\.fasterxml\\.",
            "\\bgraphql\\.[a-z]+\\.", "\\bSR[A-Z]{2,5}\\d{4,}", "\\b[A-Z]{4,6}\\d{6}:",
            "\\b(StringValue|IntValue|FloatValue|BooleanValue|EnumValue|NullValue|ArrayValue|ObjectValue|ObjectField|"
                    + "VariableReference)\\b", "\\bAST\\b",
            "\\b(Linked)?HashMap\\b", "\\bArrayList\\b", "\\bImmutable(List|Map)\\b", "\\bSQL\\b", "\\bJDBC\\b",
            "\\bHibernate\\b", "\\bupstreamPublisher\\b"));

    /** Requests that are small to send and huge to run: each must be refused (or answered) quickly. */
    private static final Set<Kind> EXPENSIVE = Set.of(Kind.FRAGMENT_FAN_OUT, Kind.LONG_LIST, Kind.LONG_SEARCH);
    /**
     * How long one of them may take, with four senders on two cores: the unbounded versions took 8 s to
     * several minutes; refused ones answer in milliseconds.
     */
    private static final long EXPENSIVE_MILLIS = 3_000;

    /** graphql-java's error classification (ValidationError, DataFetchingException...): a documented extension. */
    private static final Pattern CLASSIFICATION = Pattern.compile("\"classification\":\"\\w+\"");
    /**
     * Vert.x answers a request line longer than this 414 and closes the connection without saying so
     * (no Connection: close): such a request gets a connection of its own, not to break the next one.
     */
    private static final int MAX_REQUEST_LINE = 4096;

    private static PackagedApplication application;
    private static HttpClient http;
    private static final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private static final Map<String, Integer> statuses = new TreeMap<>();
    private static final Map<String, Integer> errorCodes = new TreeMap<>();
    private static final Map<Kind, Long> slowestMillis = new TreeMap<>();
    private static int validQueries;
    private static int answeredWithData;
    private static long heapBaseline;
    private static long heapEnd;

    @BeforeAll
    static void fuzz() throws Exception {
        Path publicKey = Path.of("src", "test", "resources", "jwt", "public-key.pem").toAbsolutePath();
        // the fuzzer is one client sending thousands of operations a minute: a budget it never reaches (the
        // rate limit still charges every operation, and RateLimitTest checks its refusals)
        application = PackagedApplication.start(Map.of("SUMMIT_GRAPH_INTROSPECTION_ENABLED", "true",
                "JWT_PUBLIC_KEY_LOCATION", publicKey.toString(), "SUMMIT_GRAPH_COST_PER_MINUTE", "2000000000"));
        http = newClient();
        HttpResponse<String> schema = send(HttpRequest.newBuilder(uri("/graphql/schema.graphql")).build());
        assertEquals(200, schema.statusCode(), "the schema is served while introspection is on");

        JsonObject samples = query("{ organizations { code id exercises { id } headquarters { id } } countries { code }"
                + " people(first: 100) { nodes { id } pageInfo { endCursor } }"
                + " summits(first: 100) { nodes { id sources { id } } pageInfo { endCursor } }"
                + " documents(first: 20) { nodes { id } } }");
        Set<String> ids = new LinkedHashSet<>();
        List<String> cursors = new ArrayList<>();
        collect(samples, ids, cursors);
        System.out.printf("[fuzz] seed %d (-Dfuzz.seed=%d replays it), %d ids from the data%n", SEED, SEED, ids.size());

        Random random = new Random(SEED);
        QueryGenerator generator = new QueryGenerator(schema.body(), List.copyOf(ids), cursors, random);
        List<FuzzRequest> requests = new FuzzRequests(generator, random).generate(REQUESTS);
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            sendAll(senders, requests.subList(0, WARM_UP));
            heapBaseline = JVM ? usedHeapAfterGc() : 0;
            sendAll(senders, requests.subList(WARM_UP, requests.size()));
        } finally {
            senders.shutdown();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        heapEnd = JVM ? usedHeapAfterGc() : 0;
        report(requests, millis);
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void noRequestGetsA5xxAnUncodedErrorOrInternals() {
        assertTrue(problems.isEmpty(), () -> problems.size() + " of " + REQUESTS + " answers are wrong, e.g.:\n"
                + problems.stream().limit(15).collect(Collectors.joining("\n\n")));
    }

    @Test
    void mostValidQueriesAreAnswered() {
        // guards the generator itself: queries that all failed on their arguments or limits would test little
        assertTrue(answeredWithData >= validQueries * 0.6,
                answeredWithData + " of " + validQueries + " valid queries got data without errors");
    }

    @Test
    void theApplicationIsHealthyAfterwards() throws Exception {
        for (String probe : List.of("/q/health/live", "/q/health/ready")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(probe)).build());
            assertEquals(200, response.statusCode(), probe);
            assertEquals("UP", new JsonObject(response.body()).getString("status"), probe);
        }
        assertEquals("CSTO", query("{ organization(code: \"CSTO\") { code } }").getJsonObject("organization")
                .getString("code"));
    }

    @Test
    void theLogHasNoError() throws Exception {
        List<String> errors = application.logText().lines()
                .filter(line -> line.contains("\"level\":\"ERROR\"") || line.contains("\"exception\":"))
                .map(line -> line.length() > 1500 ? line.substring(0, 1500) + "..." : line)
                .toList();
        assertTrue(errors.isEmpty(), () -> errors.size() + " log lines with an error:\n"
                + String.join("\n", errors.subList(0, Math.min(10, errors.size()))));
    }

    @Test
    void theHeapIsBackToItsLevel() {
        assumeTrue(JVM, "the native executable takes no forced GC (no --enable-monitoring=jcmd): heap not checked");
        assertTrue(heapEnd <= heapBaseline + HEAP_GROWTH_ALLOWED, () -> String.format(
                "used heap after GC: %.1f MiB after the warm-up, %.1f MiB at the end", mib(heapBaseline), mib(heapEnd)));
    }

    private static void sendAll(ExecutorService senders, List<FuzzRequest> requests) throws Exception {
        List<Future<?>> results = new ArrayList<>();
        for (FuzzRequest request : requests) {
            results.add(senders.submit(() -> {
                check(request);
                return null;
            }));
        }
        for (Future<?> result : results) {
            result.get(5, TimeUnit.MINUTES);
        }
    }

    private static void check(FuzzRequest request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.target())).timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body().length == 0 && !request.method().equals("POST")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        HttpResponse<String> response;
        long sent = System.nanoTime();
        try {
            response = request.target().length() + 20 > MAX_REQUEST_LINE
                    ? newClient().send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    : send(builder.build());
        } catch (IOException e) {
            problems.add(describe(request, null, List.of("no answer: " + e)));
            return;
        }
        long millis = (System.nanoTime() - sent) / 1_000_000;
        int status = response.statusCode();
        String body = response.body();
        JsonObject json = jsonObject(body);
        synchronized (statuses) {
            statuses.merge(request.kind() + " " + status, 1, Integer::sum);
            slowestMillis.merge(request.kind(), millis, Math::max);
            if (json != null && json.getValue("errors") instanceof JsonArray errors) {
                errors.forEach(e -> errorCodes.merge(String.valueOf(code(e)), 1, Integer::sum));
            }
            // a query refused by content negotiation says nothing of the generator
            if (request.valid() && status != 406 && request.kind() != Kind.MUTATION_WITHOUT_TOKEN) {
                validQueries++;
                if (status == 200 && json != null && json.getValue("data") != null && json.getValue("errors") == null) {
                    answeredWithData++;
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        if (status >= 500) {
            wrong.add("a server error");
        }
        Matcher internals = INTERNALS.matcher(CLASSIFICATION.matcher(body).replaceAll(""));
        // a name the request wrote itself (an argument `AST`) and the answer repeats is no leak
        String requestText = request.target() + " " + new String(request.body(), StandardCharsets.UTF_8);
        while (internals.find()) {
            if (!requestText.contains(internals.group())) {
                wrong.add("internals in the answer: " + internals.group());
                break;
            }
        }
        boolean graphql = request.target().startsWith("/graphql") && !request.target().startsWith("/graphql/schema");
        if (graphql && status == 200 && (request.method().equals("GET") || request.method().equals("POST"))
                && (json == null || (json.getValue("data") == null && json.getValue("errors") == null))) {
            wrong.add("a 200 that is no GraphQL response");
        }
        if (json != null && json.getValue("errors") instanceof JsonArray errors) {
            for (Object error : errors) {
                Object code = code(error);
                if (code == null) {
                    wrong.add("an error without extensions.code");
                } else if (code.equals("INTERNAL_SERVER_ERROR")) {
                    wrong.add("an INTERNAL_SERVER_ERROR");
                }
            }
        }
        if (request.rootKeys() != null && json != null && json.getValue("data") instanceof JsonObject data
                && !request.rootKeys().containsAll(data.fieldNames())) {
            wrong.add("data with keys " + data.fieldNames() + " where only " + request.rootKeys() + " were asked for");
        }
        if (request.valid() && request.kind() != Kind.MUTATION_WITHOUT_TOKEN) {
            if (status != 200 && status != 406) {
                wrong.add("a valid operation answered " + status);
            }
            if (json != null && json.getValue("errors") instanceof JsonArray errors
                    && errors.stream().anyMatch(FuzzingIT::refusesTheDocument)) {
                wrong.add("a valid operation refused as a malformed or invalid document");
            }
        }
        if (request.kind() == Kind.MUTATION_WITHOUT_TOKEN && !refusedAsUnauthenticated(status, json)) {
            wrong.add("a mutation without a valid token not refused with UNAUTHENTICATED (200) or 401/406");
        }
        if (request.kind() == Kind.ODD_TOKEN && !refusedAsUnauthenticated(status, json)
                && !refusedAs("FORBIDDEN", status, json)) {
            wrong.add("a mutation with an untrustworthy token not refused with UNAUTHENTICATED or FORBIDDEN");
        }
        if (EXPENSIVE.contains(request.kind()) && millis > EXPENSIVE_MILLIS) {
            wrong.add("an answer after " + millis + " ms: the limits must refuse it before the work");
        }
        if (request.kind() == Kind.OVERSIZE && status != 413) {
            wrong.add("a body over the limit not refused with 413");
        }
        if (!wrong.isEmpty()) {
            problems.add(describe(request, response, wrong));
        }
    }

    /** A parse or validation error, or a variable or operation name refused before execution. */
    private static boolean refusesTheDocument(Object error) {
        Object code = code(error);
        return "GRAPHQL_PARSE_FAILED".equals(code) || "GRAPHQL_VALIDATION_FAILED".equals(code)
                || error instanceof JsonObject object && object.getJsonObject("extensions") != null
                        && "ValidationError".equals(object.getJsonObject("extensions").getValue("classification"));
    }

    private static boolean refusedAsUnauthenticated(int status, JsonObject json) {
        return status == 401 || status == 406 || refusedAs("UNAUTHENTICATED", status, json);
    }

    /** Answered 200 (or 401/403) with an error of that code and nothing done. */
    private static boolean refusedAs(String expected, int status, JsonObject json) {
        if (status != 200 && status != 401 && status != 403 || json == null
                || !(json.getValue("errors") instanceof JsonArray errors)) {
            return false;
        }
        boolean coded = errors.stream().anyMatch(e -> expected.equals(code(e)));
        Object data = json.getValue("data");
        boolean nothingDone = data == null
                || data instanceof JsonObject fields && fields.stream().allMatch(field -> field.getValue() == null);
        return coded && nothingDone;
    }

    private static Object code(Object error) {
        return error instanceof JsonObject object && object.getValue("extensions") instanceof JsonObject extensions
                ? extensions.getValue("code")
                : null;
    }

    private static String describe(FuzzRequest request, HttpResponse<String> response, List<String> wrong) {
        return String.format("#%d %s: %s%n  %s %s %s%n  body: %s%n  -> %d %s", request.index(), request.kind(),
                String.join("; ", wrong), request.method(), excerpt(request.target(), 300), request.headers(),
                excerpt(new String(request.body(), StandardCharsets.UTF_8), 400),
                response == null ? 0 : response.statusCode(), response == null ? "" : excerpt(response.body(), 600));
    }

    private static void report(List<FuzzRequest> requests, long millis) {
        Map<Kind, Long> kinds = requests.stream()
                .collect(Collectors.groupingBy(FuzzRequest::kind, TreeMap::new, Collectors.counting()));
        Map<String, Integer> byStatus = new TreeMap<>();
        statuses.forEach((key, count) -> byStatus.merge(key.substring(key.indexOf(' ') + 1), count, Integer::sum));
        System.out.printf("[fuzz] %d requests in %.1f s, seed %d%n", requests.size(), millis / 1000.0, SEED);
        System.out.println("[fuzz] per kind: " + kinds);
        System.out.println("[fuzz] per status: " + byStatus);
        System.out.println("[fuzz] per kind and status: " + statuses);
        System.out.println("[fuzz] error codes: " + errorCodes);
        System.out.println("[fuzz] slowest answer per kind (ms): " + slowestMillis);
        System.out.printf("[fuzz] valid queries answered with data and no error: %d of %d%n", answeredWithData,
                validQueries);
        System.out.printf("[fuzz] used heap after GC: %.1f MiB after %d requests, %.1f MiB at the end%n",
                mib(heapBaseline), WARM_UP, mib(heapEnd));
        System.out.printf("[fuzz] %d wrong answers%n", problems.size());
    }

    /** The JVM's used heap after a full GC, both by jcmd. */
    private static long usedHeapAfterGc() throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = String.valueOf(application.process.pid());
        jcmd(jcmd, pid, "GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(jcmd, pid, "GC.heap_info"));
        assertTrue(used.find(), "jcmd GC.heap_info gives the used heap");
        return Long.parseLong(used.group(1)) << 10;
    }

    private static String jcmd(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0,
                () -> String.join(" ", command) + ": " + output);
        return output;
    }

    private static JsonObject query(String document) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", document).encode())).build());
        JsonObject json = new JsonObject(response.body());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json.getValue("errors") == null, response.body());
        assertNotNull(json.getJsonObject("data"), response.body());
        return json.getJsonObject("data");
    }

    /** Every string under an "id" or "code" key as an id, under "endCursor" as a cursor. */
    private static void collect(Object json, Set<String> ids, List<String> cursors) {
        if (json instanceof JsonObject object) {
            object.forEach(member -> {
                if (member.getValue() instanceof String text) {
                    if (member.getKey().equals("id") || member.getKey().equals("code")) {
                        ids.add(text);
                    } else if (member.getKey().equals("endCursor")) {
                        cursors.add(text);
                    }
                } else {
                    collect(member.getValue(), ids, cursors);
                }
            });
        } else if (json instanceof JsonArray array) {
            array.forEach(item -> collect(item, ids, cursors));
        }
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String target) {
        return URI.create("http://localhost:" + application.port + target);
    }

    private static JsonObject jsonObject(String body) {
        try {
            return body.startsWith("{") ? new JsonObject(body) : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String excerpt(String text, int length) {
        String oneLine = text.replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() > length ? oneLine.substring(0, length) + "... (" + text.length() + " chars)" : oneLine;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
