package org.summitgraph.summit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageInfo;

@Type("ParticipationConnection")
@Description("A page of the participations (who took part in a summit, for whom), in the order of the list it pages.")
public record ParticipationConnection(
        @Description("How many participations the list has, over all pages.") int totalCount,
        @NonNull @Description("The participations of this page.") List<@NonNull ParticipationView> nodes,
        @NonNull @Description("The participations of this page with their cursors.") List<@NonNull ParticipationEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {

    /** The connection of a page of a list of {@code totalCount} items. */
    static ParticipationConnection of(Page<ParticipationView> page, int totalCount) {
        return new ParticipationConnection(totalCount, page.items(), page.edges(ParticipationEdge::new), page.pageInfo());
    }
}
