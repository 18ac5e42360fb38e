package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SummitOrder")
@Description("Order of a list of summits: oldest first (DATE_ASC) or newest first (DATE_DESC); same-day summits by id.")
public enum SummitOrder {
    DATE_ASC, DATE_DESC
}
