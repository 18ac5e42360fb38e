package org.summitgraph.execution;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.summitgraph.common.ErrorCode;
import org.summitgraph.common.HttpRefusals;
import org.summitgraph.common.SummitGraphConfig;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets at most {@code summit-graph.limits.max-concurrent-operations} GraphQL operations over HTTP run
 * at once; the others wait in line, up to {@code max-waiting-operations}, beyond which they are answered
 * 503 SERVICE_UNAVAILABLE. On a few cores, more operations at once only share the same CPU and each
 * holds its rows, objects and answer in memory meanwhile: with 32 clients and a 256 MB heap that was
 * half the time spent collecting garbage. A waiting request whose client hangs up is dropped when its
 * turn comes. WebSocket upgrades are not held: their operations are limited per socket.
 */
@Singleton
public class OperationGate {

    private final int limit;
    private final int maxWaiting;
    private final Queue<Waiting> waiting = new ArrayDeque<>();
    private final Set<Running> running = new HashSet<>();

    private record Waiting(RoutingContext rc, Context context) {
    }

    /** An operation holding a place; it gives it back once, when its answer is written or its client gone. */
    private record Running(RoutingContext rc, AtomicBoolean done) {
    }

    OperationGate(SummitGraphConfig config) {
        this.limit = config.limits().maxConcurrentOperations();
        this.maxWaiting = config.limits().maxWaitingOperations();
    }

    /** Right after HttpGraphQLFilter (order -100), which reads and checks the request. */
    void register(@Observes Router router) {
        router.route("/graphql").order(-99).method(HttpMethod.POST).handler(this::enter);
        router.route("/graphql").order(-99).method(HttpMethod.GET).handler(this::enter);
    }

    private void enter(RoutingContext rc) {
        if ("websocket".equalsIgnoreCase(rc.request().getHeader("Upgrade"))) {
            rc.next();
            return;
        }
        boolean admitted = false;
        boolean refused = false;
        Running place = new Running(rc, new AtomicBoolean());
        synchronized (this) {
            forgetHungUp();
            if (running.size() < limit) {
                running.add(place);
                admitted = true;
            } else if (waiting.size() < maxWaiting) {
                waiting.add(new Waiting(rc, Vertx.currentContext()));
            } else {
                refused = true;
            }
        }
        if (admitted) {
            run(place);
        } else if (refused) {
            HttpRefusals.answer(rc, 503, ErrorCode.SERVICE_UNAVAILABLE,
                    "The service has too many operations waiting; try again shortly");
        }
    }

    private void run(Running place) {
        RoutingContext rc = place.rc();
        rc.addBodyEndHandler(v -> leave(place));
        rc.addEndHandler(ended -> leave(place));
        rc.next();
    }

    /**
     * Places of operations whose client has hung up, given back now: handlers of the response's own end
     * and close events, which {@code addEndHandler} relies on, may be taken by other handlers, and the
     * answer of such an operation may never be written. The operation itself stops soon
     * ({@link DirectResolvers}).
     */
    private void forgetHungUp() {
        running.removeIf(place -> place.rc().response().closed() && place.done().compareAndSet(false, true));
    }

    /** The end of an operation: the first waiting one whose client is still there runs in its place. */
    private void leave(Running place) {
        if (!place.done().compareAndSet(false, true)) {
            return;
        }
        Waiting next;
        Running admitted;
        synchronized (this) {
            running.remove(place);
            forgetHungUp();
            do {
                next = waiting.poll();
            } while (next != null && next.rc().response().closed());
            if (next == null) {
                return;
            }
            admitted = new Running(next.rc(), new AtomicBoolean());
            running.add(admitted);
        }
        next.context().runOnContext(v -> run(admitted));
    }
}
