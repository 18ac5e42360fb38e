package org.summitgraph.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineEdge")
@Description("An entry of an organization's timeline in a page, with its cursor.")
public record TimelineEdge(
        @NonNull @Description("Opaque cursor of this entry in the timeline; it stays valid when entries are added.")
        String cursor,
        @NonNull @Description("The entry.") TimelineEntryView node) {
}
