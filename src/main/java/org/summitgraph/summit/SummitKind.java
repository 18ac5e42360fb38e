package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SummitKind")
@Description("Kind of summit: a REGULAR session, an EXTRAORDINARY or INFORMAL one, or an ANNIVERSARY summit.")
public enum SummitKind {
    REGULAR, EXTRAORDINARY, INFORMAL, ANNIVERSARY
}
