package org.summitgraph.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.ErrorCode;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
 * turn comes. WebSocket upgrades are not held: their operations are limited per socket. Gauges
 * {@code summit_graph_operations_running} and {@code summit_graph_operations_waiting} show the line.
 */
@Singleton
public class OperationGate {

    private final Vertx vertx;
    private final int limit;
    private final int maxWaiting;
    private final Queue<Waiting> waiting = new ArrayDeque<>();
    private final Set<Running> running = new HashSet<>();

    private record Waiting(RoutingContext rc, Context context) {
    }

    /** An operation holding a place; it gives it back once, when its answer is written or its client gone. */
    private record Running(RoutingContext rc, AtomicBoolean done) {
    }

    OperationGate(SummitGraphConfig config, Vertx vertx, MeterRegistry meters) {
        this.vertx = vertx;
        this.limit = config.limits().maxConcurrentOperations();
        this.maxWaiting = config.limits().maxWaitingOperations();
        Gauge.builder("summit_graph_operations_running", this, gate -> gate.count(gate.running))
                .description("GraphQL operations over HTTP holding a place").register(meters);
        Gauge.builder("summit_graph_operations_waiting", this, gate -> gate.count(gate.waiting))
                .description("GraphQL operations over HTTP waiting for a place").register(meters);
    }

    private synchronized int count(Collection<?> operations) {
        return operations.size();
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
        Running place = new Running(rc, new AtomicBoolean());
        boolean admitted = false;
        boolean refused = false;
        synchronized (this) {
            if (running.size() < limit && waiting.isEmpty()) {
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
        } else {
            admitWaiting();
        }
    }

    private void run(Running place) {
        RoutingContext rc = place.rc();
        rc.addBodyEndHandler(v -> leave(place));
        rc.addEndHandler(ended -> leave(place));
        rc.next();
    }

    /** The end of an operation: waiting ones run in its place. */
    private void leave(Running place) {
        if (!place.done().compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            running.remove(place);
        }
        // called while the answer's connection is locked: other connections are asked later, outside it
        vertx.runOnContext(v -> admitWaiting());
    }

    /**
     * Places of operations whose client has hung up, given back now: handlers of the response's own end
     * and close events, which {@code addEndHandler} relies on, may be taken by other handlers, and the
     * answer of such an operation may never be written. The operation itself stops soon
     * ({@link DirectResolvers}). Responses are asked outside the gate's lock and never from {@link #leave}:
     * asking takes their connection's lock, which a thread writing an answer holds while it calls leave.
     */
    private void forgetHungUp() {
        List<Running> places;
        synchronized (this) {
            places = new ArrayList<>(running);
        }
        for (Running place : places) {
            if (place.rc().response().closed() && place.done().compareAndSet(false, true)) {
                synchronized (this) {
                    running.remove(place);
                }
            }
        }
    }

    /** Waiting operations, first come first served, into the free places; those whose client left are dropped. */
    private void admitWaiting() {
        synchronized (this) {
            if (waiting.isEmpty()) {
                return;
            }
        }
        forgetHungUp();
        while (true) {
            Waiting next;
            Running admitted;
            synchronized (this) {
                if (running.size() >= limit || waiting.isEmpty()) {
                    return;
                }
                next = waiting.poll();
                admitted = new Running(next.rc(), new AtomicBoolean());
                running.add(admitted);
            }
            if (next.rc().response().closed()) {
                admitted.done().set(true);
                synchronized (this) {
                    running.remove(admitted);
                }
            } else {
                next.context().runOnContext(v -> run(admitted));
            }
        }
    }
}
