package org.summitgraph.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MembershipEdge")
@Description("One of the memberships in a page, with its cursor.")
public record MembershipEdge(
        @NonNull @Description("Opaque cursor of this item in the list.") String cursor,
        @NonNull @Description("The item.") MembershipView node) {
}
