package org.summitgraph.live;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.organization.MembershipView;
import org.summitgraph.summit.SummitView;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * Live updates over WebSocket at /graphql (graphql-transport-ws only). Each
 * event is sent after the change's transaction has committed, on whichever instance made it.
 */
@GraphQLApi
public class LiveGraphQLApi {

    @Inject ChangeFeed feed;

    @Subscription("summitChanged")
    @Description("The summit as it is after each committed change (scheduled, edited, its status changed), "
            + "for one organization's summits when `organization` is given, e.g. \"CSTO\", else for all.")
    public Multi<@NonNull SummitView> summitChanged(@Name("organization") @Id String organization) {
        return feed.summits(organization);
    }

    @Subscription("membershipChanged")
    @Description("The membership, with its status as of today, after each committed change of its history, "
            + "for one organization's memberships when `organization` is given, e.g. \"CSTO\", else for all.")
    public Multi<@NonNull MembershipView> membershipChanged(@Name("organization") @Id String organization) {
        return feed.memberships(organization);
    }
}
