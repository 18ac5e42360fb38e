package org.summitgraph.http;

import java.lang.reflect.Method;

import org.jboss.logging.Logger;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpServerRequest;

/**
 * Quarkus counts a WebSocket's upgrade request as in flight until its response ends, which never
 * happens once upgraded: graceful shutdown then waited its whole timeout (20 s) and logged an ERROR,
 * even with every socket closed. The request is done once the socket is established; Quarkus keeps
 * the method that says so to itself ({@code QuarkusRequestWrapper.done()}, Quarkus 3.33).
 */
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true)
public final class UpgradedRequests {

    private static final Logger LOG = Logger.getLogger(UpgradedRequests.class);
    private static final Method DONE = doneMethod();

    private UpgradedRequests() {
    }

    /** What tells Quarkus that {@code request}, now upgraded, is no longer in flight; idempotent. */
    public static Runnable done(HttpServerRequest request) {
        QuarkusRequestWrapper wrapper;
        try {
            wrapper = QuarkusRequestWrapper.get(request);
        } catch (RuntimeException notWrapped) {
            wrapper = null;
        }
        if (DONE == null || wrapper == null) {
            return () -> {
            };
        }
        QuarkusRequestWrapper upgraded = wrapper;
        return () -> {
            try {
                DONE.invoke(upgraded);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.debugf(e, "Could not mark an upgraded request done: shutdown may wait for its timeout");
            }
        };
    }

    private static Method doneMethod() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "QuarkusRequestWrapper.done() is not there: shutdown may wait for upgraded requests");
            return null;
        }
    }
}
