package org.summitgraph.http.websocket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.http.UpgradedRequests;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds what one client may hold open over GraphQL over WebSocket, each subscription costing
 * memory for as long as it lives: at most {@code max-websockets-per-address} sockets per client
 * address (more are closed at once with 4429), and at most {@code max-subscriptions-per-socket}
 * operations running on a socket (one more gets the protocol's {@code error} message, code
 * {@code TOO_MANY_SUBSCRIPTIONS}, and the socket stays open). SmallRye upgrades and serves the
 * socket itself, so the operations are counted on the socket's frames, in front of Vert.x, by a
 * {@link WebSocketGuard} that also enforces the protocol. On shutdown every socket is closed with 1001.
 */
@ApplicationScoped
public class WebSocketLimits {

    /** graphql-ws closes with 4429 for too many requests of a kind (connection_init there). */
    static final short TOO_MANY_REQUESTS = 4429;

    /** The name of {@link WebSocketGuard} in the connection's Netty pipeline. */
    private static final String GUARD = "summit-graph-websocket-guard";
    /** How long shutdown waits for the sockets it closes to be closed. */
    private static final Duration GOING_AWAY_TIMEOUT = Duration.ofSeconds(2);

    private final SummitGraphConfig.Limits limits;
    private final int maxFrameSize;
    /** Open sockets per client address; an address with none has no entry. */
    private final Map<String, Integer> sockets = new ConcurrentHashMap<>();
    private final Set<WebSocketGuard> open = ConcurrentHashMap.newKeySet();

    WebSocketLimits(SummitGraphConfig config,
            @ConfigProperty(name = "quarkus.http.websocket-server.max-frame-size", defaultValue = "65536") int maxFrameSize) {
        this.limits = config.limits();
        this.maxFrameSize = maxFrameSize;
    }

    void register(@Observes Router router) {
        // before SmallRye's handler, which upgrades every WebSocket request to /graphql
        router.route("/graphql").order(-200).handler(this::upgrade);
    }

    private void upgrade(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            rc.next();
            return;
        }
        Channel channel = ((ConnectionBase) request.connection()).channel();
        // counted once per connection, and only where Vert.x can upgrade it (HTTP/1.1)
        if (channel.pipeline().get(GUARD) != null || channel.pipeline().get("handler") == null) {
            rc.next();
            return;
        }
        Runnable upgraded = UpgradedRequests.done(request);
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        if (sockets.merge(address, 1, Integer::sum) > limits.maxWebsocketsPerAddress()) {
            release(address);
            request.toWebSocket().onSuccess(socket -> {
                upgraded.run();
                socket.close(TOO_MANY_REQUESTS, "Too many sockets from this address; at most " + limits.maxWebsocketsPerAddress());
            });
            return;
        }
        WebSocketGuard guard = new WebSocketGuard(limits.maxSubscriptionsPerSocket(), maxFrameSize, limits.maxTokens(), upgraded);
        channel.pipeline().addBefore("handler", GUARD, guard);
        open.add(guard);
        channel.closeFuture().addListener(closed -> {
            release(address);
            open.remove(guard);
        });
        rc.next();
    }

    /**
     * On SIGTERM, before Quarkus waits for requests in flight and stops the HTTP server, every socket is
     * closed with 1001 (going away): its clients reconnect to another instance at once, instead of
     * seeing the connection cut (1006) when the server stops. Needs {@code quarkus.shutdown.delay-enabled}.
     */
    void goAway(@Observes ShutdownDelayInitiatedEvent shutdown) {
        List<ChannelFuture> closed = open.stream().map(WebSocketGuard::goAway).toList();
        long deadline = System.nanoTime() + GOING_AWAY_TIMEOUT.toNanos();
        for (ChannelFuture socket : closed) {
            socket.awaitUninterruptibly(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
    }

    private void release(String address) {
        sockets.computeIfPresent(address, (a, open) -> open > 1 ? open - 1 : null);
    }
}
