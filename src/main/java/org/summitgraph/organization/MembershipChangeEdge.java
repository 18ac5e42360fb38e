package org.summitgraph.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MembershipChangeEdge")
@Description("One of the changes of a membership's status in a page, with its cursor.")
public record MembershipChangeEdge(
        @NonNull @Description("Opaque cursor of this item in the list.") String cursor,
        @NonNull @Description("The item.") MembershipChangeView node) {
}
