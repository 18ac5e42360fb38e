package org.summitgraph.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageInfo;

@Type("StatementConnection")
@Description("A page of the statements, in the order of the list it pages.")
public record StatementConnection(
        @Description("How many statements the list has, over all pages.") int totalCount,
        @NonNull @Description("The statements of this page.") List<@NonNull StatementView> nodes,
        @NonNull @Description("The statements of this page with their cursors.") List<@NonNull StatementEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {

    /** The connection of a page of a list of {@code totalCount} items. */
    static StatementConnection of(Page<StatementView> page, int totalCount) {
        return new StatementConnection(totalCount, page.items(), page.edges(StatementEdge::new), page.pageInfo());
    }
}
