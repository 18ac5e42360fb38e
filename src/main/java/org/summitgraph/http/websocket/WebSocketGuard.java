package org.summitgraph.http.websocket;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.summitgraph.error.ErrorCode;
import org.summitgraph.parsing.DocumentParser;

import graphql.GraphQLError;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Watches one GraphQL WebSocket's frames in front of Vert.x and SmallRye, which serve the socket:
 * <ul>
 * <li>at most {@code max-subscriptions-per-socket} operations run at once: one more gets the protocol's
 * {@code error} message, code {@code TOO_MANY_SUBSCRIPTIONS}, and the socket stays open;</li>
 * <li>graphql-transport-ws messages that break the protocol close the socket with 4400 and a short
 * reason, as the protocol wants (SmallRye logged an ERROR for an unknown type, and closed invalid JSON
 * with the parser's own message, or cut it): not a JSON object, an unknown type, a malformed
 * {@code subscribe} or {@code complete}, a type only servers send;</li>
 * <li>a {@code subscribe} whose document does not parse gets an {@code error} message coded
 * {@code GRAPHQL_PARSE_FAILED} (or {@code TOO_MANY_TOKENS}), as over HTTP;</li>
 * <li>a frame over the size limit closes the socket with 1009, and a message split into frames with
 * 4400 (it could hide a {@code subscribe} from the count).</li>
 * </ul>
 * This handler closes a socket itself: it sends the close frame, and hands Vert.x the same close as
 * if the client had sent it, so that SmallRye ends the socket's operations and nothing is logged.
 */
final class WebSocketGuard extends ChannelDuplexHandler {

    static final String SUBPROTOCOL = "graphql-transport-ws";
    static final int PROTOCOL_VIOLATION = 4400;
    /** How long a closing socket waits for the client's close frame before the connection is cut. */
    private static final long CLOSE_TIMEOUT_MS = 1000;

    private final int maxOperations;
    private final int maxFrameSize;
    private final int maxTokens;
    /** Run once the upgrade has been answered. */
    private final Runnable upgraded;
    private final Set<String> running = new HashSet<>();
    /** Until the upgrade's answer says otherwise (only graphql-transport-ws is configured, see application.properties). */
    private boolean transportWs = true;
    /** Once the upgrade has been answered: the connection carries WebSocket frames. */
    private boolean socket;
    private boolean initialised;
    /** Once a close frame went either way: the socket is being closed, as Vert.x knows. */
    private boolean closeSeen;
    /** Once this handler closed the socket: what Vert.x and the client still send is dropped. */
    private boolean closing;
    private ChannelHandlerContext context;

    WebSocketGuard(int maxOperations, int maxFrameSize, int maxTokens, Runnable upgraded) {
        this.maxOperations = maxOperations;
        this.maxFrameSize = maxFrameSize;
        this.maxTokens = maxTokens;
        this.upgraded = upgraded;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
    }

    /** Closes the socket with 1001 (the server is going away), from any thread; completes once it is closed. */
    ChannelFuture goAway() {
        context.executor().execute(() -> close(context, WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(),
                "Server shutting down"));
        return context.channel().closeFuture();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (closing) {
            // the client's answer to our close frame ends the closing handshake
            boolean answered = msg instanceof CloseWebSocketFrame;
            ReferenceCountUtil.release(msg);
            if (answered) {
                ctx.close();
            }
            return;
        }
        if (msg instanceof CloseWebSocketFrame) {
            closeSeen = true;
            super.channelRead(ctx, msg);
            return;
        }
        if (msg instanceof ContinuationWebSocketFrame || msg instanceof TextWebSocketFrame text && !text.isFinalFragment()) {
            ReferenceCountUtil.release(msg);
            close(ctx, PROTOCOL_VIOLATION, "Messages split into frames are not supported");
            return;
        }
        if (msg instanceof TextWebSocketFrame text && transportWs) {
            JsonObject message = parse(text);
            String invalid = message == null ? "Invalid message: not a JSON object" : invalid(message);
            if (invalid != null) {
                ReferenceCountUtil.release(msg);
                close(ctx, PROTOCOL_VIOLATION, invalid);
                return;
            }
            String type = message.getString("type");
            String id = message.getString("id");
            switch (type) {
                case "connection_init" -> initialised = true;
                case "complete" -> running.remove(id);
                case "subscribe" -> {
                    // before connection_init, or with an id in use, SmallRye closes the socket (4401, 4409)
                    if (initialised && !running.contains(id)) {
                        JsonObject refusal = refusal(id, message.getJsonObject("payload").getString("query"));
                        if (refusal != null) {
                            ReferenceCountUtil.release(msg);
                            ctx.writeAndFlush(new TextWebSocketFrame(refusal.encode()));
                            return;
                        }
                        running.add(id);
                    }
                }
                default -> {
                }
            }
        }
        super.channelRead(ctx, msg);
    }

    /** The {@code error} message that answers a {@code subscribe} instead of SmallRye, or null to run it. */
    private JsonObject refusal(String id, String query) {
        GraphQLError unparsed = DocumentParser.parse(query, maxTokens).error();
        if (unparsed != null) {
            return error(id, new JsonObject(unparsed.toSpecification()));
        }
        if (running.size() >= maxOperations) {
            return error(id, new JsonObject()
                    .put("message", "Too many operations on this socket; at most " + maxOperations
                            + " may run at once: complete one first")
                    .put("extensions", new JsonObject().put("code", ErrorCode.TOO_MANY_SUBSCRIPTIONS.name())));
        }
        return null;
    }

    private static JsonObject error(String id, JsonObject error) {
        return new JsonObject().put("id", id).put("type", "error").put("payload", new JsonArray(List.of(error)));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (cause instanceof CorruptedWebSocketFrameException corrupted) {
            // Vert.x would log it with its stack trace and cut the connection (1006)
            if (corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code()) {
                close(ctx, WebSocketCloseStatus.MESSAGE_TOO_BIG.code(), "Message too big: at most " + maxFrameSize + " bytes");
            } else {
                close(ctx, WebSocketCloseStatus.PROTOCOL_ERROR.code(), "Invalid WebSocket frame");
            }
            return;
        }
        super.exceptionCaught(ctx, cause);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (socket && !closeSeen && !closing) {
            // a client gone without a close frame (tab closed, network lost) is no error: Vert.x would hand
            // SmallRye one, logged as a WARN, and SmallRye ends the socket's operations either way
            closing = true;
            ctx.fireChannelRead(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), "Connection lost"));
        }
        super.channelInactive(ctx);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (closing && msg instanceof WebSocketFrame) {
            // Vert.x answering the close it was handed: the client already has ours
            ReferenceCountUtil.release(msg);
            promise.setSuccess();
            return;
        }
        if (msg instanceof HttpResponse response && response.status().equals(HttpResponseStatus.SWITCHING_PROTOCOLS)) {
            transportWs = SUBPROTOCOL.equals(response.headers().get("sec-websocket-protocol"));
            promise.addListener(f -> {
                if (f.isSuccess()) {
                    socket = true;
                    upgraded.run();
                }
            });
        }
        if (msg instanceof CloseWebSocketFrame) {
            // Vert.x closing the socket (SmallRye's 4401, 4409, or the answer to the client's close)
            closeSeen = true;
        }
        // only the short messages can end an operation; the events of a subscription are not parsed
        if (msg instanceof TextWebSocketFrame text && text.content().readableBytes() < 256) {
            JsonObject message = parse(text);
            String type = message == null ? null : message.getValue("type") instanceof String t ? t : null;
            if ("complete".equals(type) || "error".equals(type)) {
                running.remove(message.getValue("id") instanceof String id ? id : null);
            }
        }
        super.write(ctx, msg, promise);
    }

    /**
     * Sends the client a close frame, and hands Vert.x the same close as the client's: SmallRye then ends
     * the socket's operations as for any client that leaves, without an error to log.
     */
    private void close(ChannelHandlerContext ctx, int code, String reason) {
        if (closing || !ctx.channel().isActive()) {
            return;
        }
        closing = true;
        closeSeen = true;
        running.clear();
        ctx.writeAndFlush(new CloseWebSocketFrame(code, reason));
        ctx.fireChannelRead(new CloseWebSocketFrame(code, reason));
        ctx.executor().schedule(() -> ctx.close(), CLOSE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    private static JsonObject parse(TextWebSocketFrame frame) {
        try {
            return new JsonObject(frame.content().toString(StandardCharsets.UTF_8));
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }

    /**
     * What is wrong with a graphql-transport-ws message from a client, in words fit for a close reason
     * (at most 123 bytes, nothing of the message echoed but a known type); null when it is valid.
     */
    static String invalid(JsonObject message) {
        if (!(message.getValue("type") instanceof String type)) {
            return "Invalid message: `type` must be a string";
        }
        Object id = message.getValue("id");
        Object payload = message.getValue("payload");
        switch (type) {
            case "connection_init", "ping", "pong" -> {
                return payload == null || payload instanceof JsonObject ? null : "Invalid message: `payload` must be an object";
            }
            case "subscribe" -> {
                if (!(id instanceof String text) || text.isEmpty()) {
                    return "Invalid message: `id` must be a non-empty string";
                }
                if (!(payload instanceof JsonObject request)) {
                    return "Invalid message: `payload` must be an object";
                }
                if (!(request.getValue("query") instanceof String)) {
                    return "Invalid message: `payload.query` must be a string";
                }
                if (!(request.getValue("operationName") == null || request.getValue("operationName") instanceof String)) {
                    return "Invalid message: `payload.operationName` must be a string";
                }
                for (String name : List.of("variables", "extensions")) {
                    if (!(request.getValue(name) == null || request.getValue(name) instanceof JsonObject)) {
                        return "Invalid message: `payload." + name + "` must be an object";
                    }
                }
                return null;
            }
            case "complete" -> {
                return id instanceof String text && !text.isEmpty() ? null : "Invalid message: `id` must be a non-empty string";
            }
            case "connection_ack", "next", "error" -> {
                return "Unexpected message from a client: `" + type + "` is sent by servers";
            }
            default -> {
                return "Invalid message: unknown type";
            }
        }
    }
}
