package org.summitgraph.http;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.summitgraph.error.ErrorCode;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.impl.TCPServerBase;

/**
 * Answers requests that Netty cannot parse (a request line over
 * {@code quarkus.http.limits.max-initial-line-length}: 414 {@code URI_TOO_LONG}; headers over
 * {@code quarkus.http.limits.max-header-size}: 431 {@code HEADERS_TOO_LARGE}; anything else: 400
 * {@code BAD_REQUEST}) with a GraphQL-shaped JSON body, where Vert.x would send an empty one. Such a
 * request reaches no route, and Quarkus 3.33 lets no application set Vert.x's invalid request handler
 * (quarkusio/quarkus#55082): a handler goes into each connection's pipeline, right after the HTTP
 * decoder, through the server's listening channel. Nothing of the request was parsed, its Accept
 * header neither: the answer is {@code application/json}, and the connection is closed.
 */
@ApplicationScoped
@RegisterForReflection(targets = TCPServerBase.class, fields = true)
public class MalformedHttpRequests {

    private static final Logger LOG = Logger.getLogger(MalformedHttpRequests.class);
    private static final String ACCEPTOR = "summit-graph-malformed-requests-acceptor";
    private static final String INSTALLER = "summit-graph-malformed-requests-installer";
    private static final String ANSWER = "summit-graph-malformed-requests";
    /** Vert.x's name for the HTTP/1.x request decoder of a connection. */
    private static final String HTTP_DECODER = "httpDecoder";

    private final Answer answer;

    MalformedHttpRequests(@ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int maxInitialLineLength,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize maxHeaderSize) {
        this.answer = new Answer(maxInitialLineLength, maxHeaderSize.asLongValue());
    }

    void install(@ObservesAsync HttpServerStart started, Vertx vertx) {
        List<HttpServerImpl> servers;
        Map<?, HttpServerImpl> shared = ((VertxInternal) vertx).sharedHttpServers();
        synchronized (shared) {
            servers = new ArrayList<>(shared.values());
        }
        for (HttpServerImpl server : servers) {
            Channel listening = listeningChannel(server);
            if (listening != null) {
                synchronized (this) {
                    if (listening.pipeline().get(ACCEPTOR) == null) {
                        listening.pipeline().addFirst(ACCEPTOR, new Acceptor(answer));
                    }
                }
            }
        }
    }

    /** The server's bound channel, or null when Vert.x keeps it elsewhere than in 4.5 (Vert.x's answers then stay). */
    private static Channel listeningChannel(HttpServerImpl server) {
        try {
            Field bound = TCPServerBase.class.getDeclaredField("bindFuture");
            bound.setAccessible(true);
            Future<?> future = (Future<?>) bound.get(server);
            return future != null && future.result() instanceof Channel channel ? channel : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "Cannot reach the listening channel of %s: malformed requests keep Vert.x's empty answers", server);
            return null;
        }
    }

    /** On the listening channel: readies each accepted connection. */
    @ChannelHandler.Sharable
    static final class Acceptor extends ChannelInboundHandlerAdapter {
        private final Answer answer;

        Acceptor(Answer answer) {
            this.answer = answer;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof Channel connection) {
                // first in the connection's pipeline, before Vert.x sets it up
                connection.pipeline().addLast(INSTALLER, new Installer(answer));
            }
            ctx.fireChannelRead(msg);
        }
    }

    /** Puts {@link Answer} after the HTTP decoder once Vert.x has set the connection's pipeline up, then goes. */
    static final class Installer extends ChannelInboundHandlerAdapter {
        private final Answer answer;

        Installer(Answer answer) {
            this.answer = answer;
        }

        private void install(ChannelHandlerContext ctx) {
            if (ctx.pipeline().get(HTTP_DECODER) != null) {
                ctx.pipeline().addAfter(HTTP_DECODER, ANSWER, answer);
                ctx.pipeline().remove(this);
            }
        }

        @Override
        public void channelRegistered(ChannelHandlerContext ctx) {
            install(ctx);
            ctx.fireChannelRegistered();
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            install(ctx);
            ctx.fireChannelActive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            install(ctx);
            ctx.fireChannelRead(msg);
        }
    }

    /** Answers a request the decoder failed on, and closes the connection. */
    @ChannelHandler.Sharable
    static final class Answer extends ChannelInboundHandlerAdapter {
        private final int maxInitialLineLength;
        private final long maxHeaderSize;

        Answer(int maxInitialLineLength, long maxHeaderSize) {
            this.maxInitialLineLength = maxInitialLineLength;
            this.maxHeaderSize = maxHeaderSize;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof HttpRequest request) || request.decoderResult().isSuccess()) {
                ctx.fireChannelRead(msg);
                return;
            }
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(msg);
            String response;
            if (cause instanceof TooLongHttpLineException) {
                response = response("414 URI Too Long", ErrorCode.URI_TOO_LONG, "The request line is longer than "
                        + maxInitialLineLength + " bytes, the most allowed: send long queries with POST");
            } else if (cause instanceof TooLongHttpHeaderException) {
                response = response("431 Request Header Fields Too Large", ErrorCode.HEADERS_TOO_LARGE,
                        "The request headers are larger than " + maxHeaderSize + " bytes, the most allowed");
            } else {
                response = response("400 Bad Request", ErrorCode.BAD_REQUEST, "The request is not valid HTTP/1.1");
            }
            // written from here, it bypasses the encoder: these are the bytes on the wire
            ByteBuf bytes = Unpooled.copiedBuffer(response, StandardCharsets.UTF_8);
            ctx.writeAndFlush(bytes).addListener(ChannelFutureListener.CLOSE);
        }

        private static String response(String status, ErrorCode code, String message) {
            byte[] body = new JsonObject(Map.of("errors", List.of(ErrorAnswers.coded(code, message)))).encode()
                    .getBytes(StandardCharsets.UTF_8);
            return "HTTP/1.1 " + status + "\r\ncontent-type: " + MediaTypes.JSON + "; charset=utf-8\r\ncontent-length: "
                    + body.length + "\r\nconnection: close\r\n\r\n" + new String(body, StandardCharsets.UTF_8);
        }
    }
}
