package org.summitgraph.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DocumentAction")
@Description("What the summit did with a document: SIGNED, ADOPTED or APPROVED it.")
public enum DocumentAction {
    SIGNED, ADOPTED, APPROVED
}
