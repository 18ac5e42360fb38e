package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A minimal graphql-transport-ws client (java.net.http) for tests: every wait is bounded, and
 * {@link #close()} completes the subscriptions and closes the socket.
 */
public final class GraphQLWebSocket implements AutoCloseable {

    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    /** Every {@code next} message received so far, whether a wait consumed it or not, in order. */
    private final List<JsonObject> nexts = new ArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    /** The status code and reason of the server's close frame, once it came. */
    private volatile int closeCode;
    private volatile String closeReason;
    private final WebSocket socket;

    private GraphQLWebSocket(URI uri) throws Exception {
        socket = HTTP.newWebSocketBuilder().subprotocols(SUBPROTOCOL).connectTimeout(CONNECT_TIMEOUT)
                .buildAsync(uri, new Listener()).get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens a socket to the GraphQL endpoint ({@code http://host:port/graphql}), initialised and acknowledged. */
    public static GraphQLWebSocket open(URI graphqlEndpoint) throws Exception {
        URI uri = URI.create(graphqlEndpoint.toString().replaceFirst("^http", "ws"));
        GraphQLWebSocket client = new GraphQLWebSocket(uri);
        try {
            if (!SUBPROTOCOL.equals(client.socket.getSubprotocol())) {
                fail("The server chose subprotocol '" + client.socket.getSubprotocol() + "'");
            }
            client.send(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()));
            client.await(m -> "connection_ack".equals(m.getString("type")), Duration.ofSeconds(5), "connection_ack");
            return client;
        } catch (Exception | Error e) {
            client.close();
            throw e;
        }
    }

    /** Opens a socket that the server closes at once, and returns the status code it closed it with. */
    public static int closedAtOnce(URI graphqlEndpoint) throws Exception {
        GraphQLWebSocket client = new GraphQLWebSocket(URI.create(graphqlEndpoint.toString().replaceFirst("^http", "ws")));
        try {
            if (!client.closed.await(5, TimeUnit.SECONDS)) {
                fail("The server did not close the socket");
            }
            return client.closeCode;
        } finally {
            client.socket.abort();
        }
    }

    /** Sends a text message as it is, valid or not, in one frame. */
    public void sendText(String text) {
        try {
            socket.sendText(text, true).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not send a message of " + text.length() + " characters", e);
        }
    }

    /**
     * Waits up to {@code timeout} for the server's close frame and returns its status code and reason
     * ({@code "code reason"}); fails when none came.
     */
    public String awaitClose(Duration timeout) throws InterruptedException {
        if (!closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || closeCode == 0) {
            fail("The server sent no close frame within " + timeout.toMillis() + " ms");
        }
        return closeCode + " " + closeReason;
    }

    /** Ends subscription {@code id} from the client's side. */
    public void complete(String id) {
        send(new JsonObject().put("id", id).put("type", "complete"));
        subscriptions.remove(id);
    }

    /** Starts subscription {@code id} with a document and its variables (name, value pairs). */
    public void subscribe(String id, String document, Object... variables) {
        JsonObject vars = new JsonObject();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        send(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", document).put("variables", vars)));
        subscriptions.add(id);
    }

    /**
     * Waits up to {@code timeout} for a {@code next} message of subscription {@code id} whose
     * {@code payload.data} matches, and returns that data; fails on an {@code error} or
     * {@code complete} of the subscription, or when the time is up.
     */
    JsonObject awaitNext(String id, Predicate<JsonObject> data, Duration timeout) {
        JsonObject found = pollNext(id, data, timeout);
        if (found == null) {
            fail("No matching event of subscription " + id + " within " + timeout.toMillis() + " ms; received: "
                    + receivedData(id));
        }
        return found;
    }

    /** Like {@link #awaitNext}, but returns null when no matching event came in time. */
    public JsonObject pollNext(String id, Predicate<JsonObject> data, Duration timeout) {
        JsonObject message = poll(m -> {
            if (!id.equals(m.getString("id"))) {
                return false;
            }
            String type = m.getString("type");
            if ("error".equals(type) || "complete".equals(type)) {
                fail("Subscription " + id + " ended: " + m.encode());
            }
            if ("next".equals(type) && m.getJsonObject("payload").getValue("errors") != null) {
                fail("Subscription " + id + " sent errors: " + m.encode());
            }
            return "next".equals(type) && data.test(m.getJsonObject("payload").getJsonObject("data"));
        }, timeout);
        return message == null ? null : message.getJsonObject("payload").getJsonObject("data");
    }

    /** The errors that end subscription {@code id}: those of an {@code error} message, or of a {@code next}. */
    public JsonArray awaitErrors(String id, Duration timeout) {
        JsonObject message = poll(m -> id.equals(m.getString("id")) && ("error".equals(m.getString("type"))
                || "next".equals(m.getString("type")) && m.getJsonObject("payload").getValue("errors") != null), timeout);
        if (message == null) {
            fail("No error for subscription " + id + " within " + timeout);
        }
        return "error".equals(message.getString("type")) ? message.getJsonArray("payload")
                : message.getJsonObject("payload").getJsonArray("errors");
    }

    /** The data of every {@code next} of subscription {@code id} received so far, waited for or not. */
    public List<JsonObject> receivedData(String id) {
        synchronized (nexts) {
            return nexts.stream().filter(m -> id.equals(m.getString("id")))
                    .map(m -> m.getJsonObject("payload").getJsonObject("data")).toList();
        }
    }

    private void await(Predicate<JsonObject> wanted, Duration timeout, String what) {
        if (poll(wanted, timeout) == null) {
            fail("No " + what + " within " + timeout.toMillis() + " ms");
        }
    }

    /** The first queued message that is {@code wanted}, skipping the others; null when none came in time. */
    private JsonObject poll(Predicate<JsonObject> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonObject message = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
                if (message == null || wanted.test(message)) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }

    private void send(JsonObject message) {
        try {
            socket.sendText(message.encode(), true).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not send " + message.encode(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (!socket.isOutputClosed()) {
                for (String id : subscriptions) {
                    socket.sendText(new JsonObject().put("id", id).put("type", "complete").encode(), true)
                            .get(2, TimeUnit.SECONDS);
                }
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
            }
            closed.await(2, TimeUnit.SECONDS); // the server's close frame ends the handshake
        } catch (Exception e) {
            // closing as well as we can; abort below
        } finally {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            closeReason = reason;
            closed.countDown();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.countDown();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonObject message = new JsonObject(text.toString());
                text.setLength(0);
                if ("ping".equals(message.getString("type"))) {
                    webSocket.sendText(new JsonObject(Map.of("type", "pong")).encode(), true);
                } else {
                    if ("next".equals(message.getString("type"))) {
                        synchronized (nexts) {
                            nexts.add(message);
                        }
                    }
                    inbox.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
