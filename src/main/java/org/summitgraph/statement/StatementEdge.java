package org.summitgraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StatementEdge")
@Description("One of the statements in a page, with its cursor.")
public record StatementEdge(
        @NonNull @Description("Opaque cursor of this item in the list.") String cursor,
        @NonNull @Description("The item.") StatementView node) {
}
