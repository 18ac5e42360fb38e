package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ParticipationEdge")
@Description("One of the participations (who took part in a summit, for whom) in a page, with its cursor.")
public record ParticipationEdge(
        @NonNull @Description("Opaque cursor of this item in the list.") String cursor,
        @NonNull @Description("The item.") ParticipationView node) {
}
