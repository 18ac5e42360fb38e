package org.summitgraph.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ChangeOrder")
@Description("Order of the change log: the latest change first (NEWEST_FIRST) or the earliest first (OLDEST_FIRST).")
public enum ChangeOrder {
    NEWEST_FIRST, OLDEST_FIRST
}
