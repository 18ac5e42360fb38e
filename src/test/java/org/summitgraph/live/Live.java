package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Predicate;

import io.vertx.core.json.JsonObject;

/** Waits shared by the subscription tests. */
public final class Live {

    /** How long one event may take from commit to client. */
    static final Duration EVENT = Duration.ofSeconds(5);

    private Live() {
    }

    /**
     * graphql-transport-ws does not acknowledge a {@code subscribe}, so a test cannot tell when the
     * server has started the subscription: this publishes {@code publish} again every 250 ms until
     * an event of subscription {@code id} matching {@code data} arrives (at most 10 s), and returns
     * its data. From then on, every later notification reaches that subscription.
     */
    public static JsonObject untilLive(GraphQLWebSocket client, String id, Runnable publish, Predicate<JsonObject> data) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            publish.run();
            JsonObject received = client.pollNext(id, data, Duration.ofMillis(250));
            if (received != null) {
                return received;
            }
        }
        fail("Subscription " + id + " never received its first event; received: " + client.receivedData(id));
        return null;
    }

    public static Predicate<JsonObject> summit(String summitId) {
        return data -> summitId.equals(data.getJsonObject("summitChanged").getString("id"));
    }
}
