package org.summitgraph.timeline;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageInfo;

@Type("TimelineConnection")
@Description("A page of an organization's timeline, oldest entries first.")
public record TimelineConnection(
        @Description("How many entries match `from`, `to` and `kinds`, over all pages.") int totalCount,
        @NonNull @Description("The entries of this page.") List<@NonNull TimelineEntryView> nodes,
        @NonNull @Description("The entries of this page with their cursors.") List<@NonNull TimelineEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {

    /** The connection of a page of a timeline of {@code totalCount} entries. */
    static TimelineConnection of(Page<TimelineEntryView> page, int totalCount) {
        return new TimelineConnection(totalCount, page.items(), page.edges(TimelineEdge::new), page.pageInfo());
    }
}
