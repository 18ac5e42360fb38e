package org.summitgraph.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageInfo;

@Type("MembershipConnection")
@Description("A page of the memberships, in the order of the list it pages.")
public record MembershipConnection(
        @Description("How many memberships the list has, over all pages.") int totalCount,
        @NonNull @Description("The memberships of this page.") List<@NonNull MembershipView> nodes,
        @NonNull @Description("The memberships of this page with their cursors.") List<@NonNull MembershipEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {

    /** The connection of a page of a list of {@code totalCount} items. */
    static MembershipConnection of(Page<MembershipView> page, int totalCount) {
        return new MembershipConnection(totalCount, page.items(), page.edges(MembershipEdge::new), page.pageInfo());
    }
}
