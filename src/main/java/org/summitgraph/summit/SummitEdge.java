package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SummitEdge")
@Description("A summit in a page, with the cursor to continue after it.")
public record SummitEdge(
        @NonNull @Description("Opaque cursor of this summit in the list.") String cursor,
        @NonNull @Description("The summit.") SummitView node) {
}
