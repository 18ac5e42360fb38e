package org.summitgraph.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DocumentEdge")
@Description("A document in a page, with the cursor to continue after it.")
public record DocumentEdge(
        @NonNull @Description("Opaque cursor of this document in the list.") String cursor,
        @NonNull @Description("The document.") DocumentView node) {
}
