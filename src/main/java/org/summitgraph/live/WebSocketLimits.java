package org.summitgraph.live;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.summitgraph.common.ErrorCode;
import org.summitgraph.common.SummitGraphConfig;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds what one client may hold open over GraphQL over WebSocket, each subscription costing
 * memory for as long as it lives: at most {@code max-websockets-per-address} sockets per client
 * address (more are closed at once with 4429), and at most {@code max-subscriptions-per-socket}
 * operations running on a socket (one more gets the protocol's {@code error} message, code
 * {@code TOO_MANY_SUBSCRIPTIONS}, and the socket stays open). SmallRye upgrades and serves the
 * socket itself, so the operations are counted on the socket's frames, in front of Vert.x.
 */
@ApplicationScoped
public class WebSocketLimits {

    /** graphql-ws closes with 4429 for too many requests of a kind (connection_init there). */
    static final short TOO_MANY_REQUESTS = 4429;

    /** The name of {@link OperationCount} in the connection's Netty pipeline. */
    private static final String OPERATION_COUNT = "summit-graph-operation-count";

    private final SummitGraphConfig.Limits limits;
    /** Open sockets per client address; an address with none has no entry. */
    private final Map<String, Integer> sockets = new ConcurrentHashMap<>();

    WebSocketLimits(SummitGraphConfig config) {
        this.limits = config.limits();
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
        if (channel.pipeline().get(OPERATION_COUNT) != null || channel.pipeline().get("handler") == null) {
            rc.next();
            return;
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        if (sockets.merge(address, 1, Integer::sum) > limits.maxWebsocketsPerAddress()) {
            release(address);
            request.toWebSocket().onSuccess(socket -> socket.close(TOO_MANY_REQUESTS,
                    "Too many sockets from this address; at most " + limits.maxWebsocketsPerAddress()));
            return;
        }
        channel.closeFuture().addListener(closed -> release(address));
        channel.pipeline().addBefore("handler", OPERATION_COUNT,
                new OperationCount(limits.maxSubscriptionsPerSocket()));
        rc.next();
    }

    private void release(String address) {
        sockets.computeIfPresent(address, (a, open) -> open > 1 ? open - 1 : null);
    }

    /** The operations running on one socket: started by {@code subscribe}, ended by {@code complete} or {@code error}. */
    static final class OperationCount extends ChannelDuplexHandler {
        private final int max;
        private final Set<String> running = new HashSet<>();

        OperationCount(int max) {
            this.max = max;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof ContinuationWebSocketFrame || msg instanceof TextWebSocketFrame text && !text.isFinalFragment()) {
                // a message split in frames could hide a subscribe from the count
                ReferenceCountUtil.release(msg);
                ctx.writeAndFlush(new CloseWebSocketFrame(4400, "Messages split into frames are not supported"))
                        .addListener(f -> ctx.close());
                return;
            }
            if (msg instanceof TextWebSocketFrame text) {
                JsonObject message = parse(text);
                String id = message == null ? null : message.getString("id");
                if (id != null && "subscribe".equals(message.getString("type"))) {
                    if (running.size() >= max && !running.contains(id)) {
                        ReferenceCountUtil.release(msg);
                        ctx.writeAndFlush(new TextWebSocketFrame(tooMany(id).encode()));
                        return;
                    }
                    running.add(id);
                } else if (id != null && "complete".equals(message.getString("type"))) {
                    running.remove(id);
                }
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            // only the short messages can end an operation; the events of a subscription are not parsed
            if (msg instanceof TextWebSocketFrame text && text.content().readableBytes() < 256) {
                JsonObject message = parse(text);
                String type = message == null ? null : message.getString("type");
                if ("complete".equals(type) || "error".equals(type)) {
                    running.remove(message.getString("id"));
                }
            }
            super.write(ctx, msg, promise);
        }

        private JsonObject tooMany(String id) {
            JsonObject error = new JsonObject()
                    .put("message", "Too many operations on this socket; at most " + max
                            + " may run at once: complete one first")
                    .put("extensions", new JsonObject().put("code", ErrorCode.TOO_MANY_SUBSCRIPTIONS.name()));
            return new JsonObject().put("id", id).put("type", "error").put("payload", new JsonArray(List.of(error)));
        }

        private static JsonObject parse(TextWebSocketFrame frame) {
            try {
                return new JsonObject(frame.content().toString(StandardCharsets.UTF_8));
            } catch (DecodeException | ClassCastException e) {
                return null; // SmallRye answers malformed messages itself (4400)
            }
        }
    }
}
