package org.summitgraph.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageInfo;

@Type("MembershipChangeConnection")
@Description("A page of the changes of a membership's status, in the order of the list it pages.")
public record MembershipChangeConnection(
        @Description("How many changes the list has, over all pages.") int totalCount,
        @NonNull @Description("The changes of this page.") List<@NonNull MembershipChangeView> nodes,
        @NonNull @Description("The changes of this page with their cursors.") List<@NonNull MembershipChangeEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {

    /** The connection of a page of a list of {@code totalCount} items. */
    static MembershipChangeConnection of(Page<MembershipChangeView> page, int totalCount) {
        return new MembershipChangeConnection(totalCount, page.items(), page.edges(MembershipChangeEdge::new), page.pageInfo());
    }
}
