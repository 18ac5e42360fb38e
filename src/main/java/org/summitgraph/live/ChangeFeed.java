package org.summitgraph.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.summitgraph.organization.MembershipView;
import org.summitgraph.summit.SummitView;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Turns the notifications the {@link ChangeListener} receives into hot streams of current views.
 *
 * <p>The listener thread only queues ids here. One drain task at a time, on a worker thread, loads
 * the views of everything queued (a fixed number of statements per kind, however many ids; repeated
 * notifications of one object coalesce while they wait) and broadcasts them to every subscription of this
 * instance, which filters by organization. A view is loaded once per notification and instance,
 * not once per subscriber.
 *
 * <p>Only committed changes get here: PostgreSQL delivers a NOTIFY when the transaction that sent it
 * commits, and drops it when that transaction rolls back, so nothing is ever published for a change
 * that did not happen, and the load below always sees the committed row.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    /** Events a subscription may have waiting before further ones are dropped for it. */
    static final int SUBSCRIBER_BUFFER = 256;

    @Inject LiveViews views;
    private final BroadcastProcessor<SummitView> summits = BroadcastProcessor.create();
    private final BroadcastProcessor<MembershipView> memberships = BroadcastProcessor.create();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    private final Object lock = new Object();
    private final LinkedHashSet<String> pendingSummits = new LinkedHashSet<>();
    private final LinkedHashSet<Long> pendingMemberships = new LinkedHashSet<>();
    private boolean draining;

    /** Summits as they are after each committed change, of {@code organization} only unless it is null. */
    public Multi<SummitView> summits(String organization) {
        return subscribe(summits, SummitView::organizationCode, organization);
    }

    /** Memberships (status as of today) after each committed change, of {@code organization} only unless null. */
    public Multi<MembershipView> memberships(String organization) {
        return subscribe(memberships, MembershipView::organizationCode, organization);
    }

    private <T> Multi<T> subscribe(BroadcastProcessor<T> source, Function<T, String> organizationOf,
            String organization) {
        return source
                .filter(view -> organization == null || organization.equals(organizationOf.apply(view)))
                // a broadcast must never wait for one slow client: past its buffer, that client misses events
                .onOverflow().invoke(view -> {
                    if (dropped.getAndIncrement() % 1000 == 0) {
                        LOG.warnf("A slow subscriber missed a change event (%d so far on this instance)", dropped.get());
                    }
                }).drop()
                // handed over to the subscriber's own context, so that neither the drain task nor other
                // subscribers wait for it to resolve fields and write to its socket
                .emitOn(subscriberExecutor(), SUBSCRIBER_BUFFER)
                .onSubscription().invoke(subscriptions::incrementAndGet)
                .onTermination().invoke(subscriptions::decrementAndGet);
    }

    /**
     * Where a subscription's events are executed: on the Vert.x context of the WebSocket connection
     * that subscribed (its event loop), as for any GraphQL request, from where SmallRye moves
     * blocking field resolvers (database batches) to worker threads with the request context. The
     * subscription is created on that context; without one (not called from a connection), a worker.
     */
    private Executor subscriberExecutor() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return worker();
        }
        return task -> context.runOnContext(ignored -> task.run());
    }

    /**
     * Called by the listener thread for each notification: queues it and makes sure a drain task
     * runs. Never touches the database. Unknown channels and malformed payloads are ignored.
     */
    void received(String channel, String payload) {
        if (subscriptions.get() == 0 || payload == null) {
            return; // nobody on this instance listens: nothing to load
        }
        synchronized (lock) {
            if (ChangeEvents.SUMMITS.equals(channel)) {
                pendingSummits.add(payload);
            } else if (ChangeEvents.MEMBERSHIPS.equals(channel)) {
                try {
                    pendingMemberships.add(Long.parseLong(payload.trim()));
                } catch (NumberFormatException e) {
                    LOG.debugf("Ignored a %s notification with payload %s", channel, payload);
                    return;
                }
            } else {
                return;
            }
            if (draining) {
                return; // the running drain task will pick it up
            }
            draining = true;
        }
        try {
            worker().execute(this::drain);
        } catch (RejectedExecutionException e) { // shutting down
            synchronized (lock) {
                draining = false;
                pendingSummits.clear();
                pendingMemberships.clear();
            }
        }
    }

    private static Executor worker() {
        return Infrastructure.getDefaultWorkerPool();
    }

    /** Runs on a worker thread, never two at a time, so that the processors are fed serially. */
    private void drain() {
        boolean emptied = false;
        try {
            while (true) {
                List<String> summitIds;
                List<Long> membershipIds;
                synchronized (lock) {
                    if (pendingSummits.isEmpty() && pendingMemberships.isEmpty()) {
                        draining = false;
                        emptied = true;
                        return;
                    }
                    summitIds = new ArrayList<>(pendingSummits);
                    membershipIds = new ArrayList<>(pendingMemberships);
                    pendingSummits.clear();
                    pendingMemberships.clear();
                }
                publish("summit", summitIds, views::summits, summits);
                publish("membership", membershipIds, views::memberships, memberships);
            }
        } finally {
            if (!emptied) { // failed unexpectedly: let the next notification start a new drain
                synchronized (lock) {
                    draining = false;
                }
            }
        }
    }

    private <K, T> void publish(String kind, List<K> ids, Function<List<K>, List<T>> load, BroadcastProcessor<T> target) {
        if (ids.isEmpty()) {
            return;
        }
        List<T> loaded;
        try {
            loaded = load.apply(ids);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not load %d changed %s(s) for subscribers; their events are lost", ids.size(), kind);
            return;
        }
        for (T view : loaded) {
            target.onNext(view);
        }
    }
}
