package org.summitgraph.ratelimit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.summitgraph.execution.AnswerVaries;
import org.summitgraph.execution.CurrentField;
import org.summitgraph.limits.CostBudget;
import org.summitgraph.limits.QueryLimits;

import graphql.schema.DataFetchingEnvironment;

/** The client's budget, as the rate limit ({@link CostBudget}) charged it for this operation. */
@GraphQLApi
public class RateLimitGraphQLApi {

    @Inject CurrentField currentField;

    @Query("rateLimit")
    @Description("The rate limit of the client asking, after this operation's cost; null when the operation is not "
            + "charged (over WebSocket, whose operations are limited per socket). An answer holding it is never "
            + "cached: ask for it with the query whose cost you want to follow.")
    public RateLimit rateLimit() {
        DataFetchingEnvironment env = currentField.environment();
        AnswerVaries.mark(env);
        CostBudget.Charge charge = QueryLimits.charge(env.getGraphQlContext());
        return charge == null ? null
                : new RateLimit(Math.toIntExact(charge.limit()), Math.toIntExact(charge.cost()),
                        Math.toIntExact(charge.remaining()), Math.toIntExact(charge.resetSeconds()));
    }
}
