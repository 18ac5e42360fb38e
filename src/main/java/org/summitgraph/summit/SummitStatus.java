package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SummitStatus")
@Description("Where a summit stands: SCHEDULED, HELD, POSTPONED or CANCELLED.")
public enum SummitStatus {
    SCHEDULED, HELD, POSTPONED, CANCELLED
}
