package org.summitgraph.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StatusCount")
@Description("How many member states had a status on a date.")
public record StatusCount(
        @NonNull @Description("The status.") MembershipStatus status,
        @Description("How many states had it.") int count) {
}
