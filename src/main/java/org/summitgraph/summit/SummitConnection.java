package org.summitgraph.summit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.PageInfo;

@Type("SummitConnection")
@Description("A page of summits, in the order the list was asked for.")
public record SummitConnection(
        @Description("How many summits match, over all pages.") int totalCount,
        @NonNull @Description("The summits of this page.") List<@NonNull SummitView> nodes,
        @NonNull @Description("The summits of this page with their cursors.") List<@NonNull SummitEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {
}
