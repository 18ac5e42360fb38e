package org.summitgraph.ratelimit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** The budget of the client asking, once this operation's cost is taken from it. */
@Type("RateLimit")
@Description("The rate limit of the client asking (its token's subject, else its address): cost points per minute, "
        + "in a bucket refilled continuously, from which each operation takes its estimated cost (the one "
        + "`extensions.cost.requested` gives) before it runs. Counted by each instance of the service.")
public record RateLimit(
        @Description("Points the client may spend per minute, and the most its bucket holds.") int limit,
        @Description("The estimated cost of this operation, taken from the bucket.") int cost,
        @Description("Points left in the bucket after this operation.") int remaining,
        @Description("Seconds until the bucket is full again.") int resetInSeconds) {
}
