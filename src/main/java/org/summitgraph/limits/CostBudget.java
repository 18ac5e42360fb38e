package org.summitgraph.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.summitgraph.config.SummitGraphConfig;

/**
 * The rate limit: each client has a bucket of {@code cost-per-minute} points, full at first and refilled
 * continuously ({@code cost-per-minute / 60} points a second); an operation takes its estimated cost from
 * its client's bucket before it runs, or is refused when the bucket holds less, and then takes nothing.
 * Buckets live in this instance's memory: with several replicas, each counts what it served. A bucket
 * full again is forgotten, at most a minute later, so the memory follows the clients of the last minute.
 */
@ApplicationScoped
public class CostBudget {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final long perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long nextSweep;

    @Inject
    CostBudget(SummitGraphConfig config) {
        this(config.limits().costPerMinute(), System::nanoTime);
    }

    CostBudget(long perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
        this.nextSweep = nanoTime.getAsLong() + NANOS_PER_MINUTE;
    }

    /** Points a client may spend per minute, and the most its bucket holds. */
    public long perMinute() {
        return perMinute;
    }

    /**
     * What a client was charged for an operation, or why not.
     *
     * @param granted whether the operation may run (its cost was taken)
     * @param limit points per minute, the bucket's size
     * @param cost the operation's estimated cost
     * @param remaining points left in the bucket after the charge (before it, when refused)
     * @param retryAfterSeconds when refused, in how many seconds the bucket holds the cost; 0 when granted
     * @param resetSeconds in how many seconds the bucket is full again
     */
    public record Charge(boolean granted, long limit, long cost, long remaining, long retryAfterSeconds,
            long resetSeconds) {
    }

    /** Takes {@code cost} from the client's bucket, if it holds that much. */
    public Charge charge(String client, long cost) {
        long now = nanoTime.getAsLong();
        sweep(now);
        Charge[] charge = new Charge[1];
        buckets.compute(client, (key, bucket) -> {
            Bucket current = bucket == null ? new Bucket(perMinute, now) : bucket.refilled(perMinute, now);
            boolean granted = current.points >= cost;
            Bucket after = granted ? new Bucket(current.points - cost, now) : current;
            charge[0] = new Charge(granted, perMinute, cost, (long) Math.floor(after.points),
                    granted ? 0 : seconds(Math.min(cost, perMinute) - after.points),
                    seconds(perMinute - after.points));
            return after;
        });
        return charge[0];
    }

    /** Whole seconds, rounded up, for the bucket to gain {@code points}. */
    private long seconds(double points) {
        if (points <= 0) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(points * 60 / perMinute));
    }

    /** Forgets the buckets that are full again: a new one would be the same. */
    private void sweep(long now) {
        if (now - nextSweep < 0) {
            return;
        }
        nextSweep = now + NANOS_PER_MINUTE;
        buckets.values().removeIf(bucket -> bucket.refilled(perMinute, now).points >= perMinute);
    }

    /** Clients with a bucket that is not full. */
    int clients() {
        return buckets.size();
    }

    /** Points in a bucket at a time ({@link System#nanoTime}). */
    private record Bucket(double points, long at) {
        Bucket refilled(long perMinute, long now) {
            double gained = (double) (now - at) * perMinute / NANOS_PER_MINUTE;
            return new Bucket(Math.min(perMinute, points + Math.max(0, gained)), now);
        }
    }
}
