package org.summitgraph.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MembershipStatus")
@Description("Status of a state's membership: ACTIVE, SUSPENDED (still formally a member) or WITHDRAWN.")
public enum MembershipStatus {
    ACTIVE, SUSPENDED, WITHDRAWN
}
