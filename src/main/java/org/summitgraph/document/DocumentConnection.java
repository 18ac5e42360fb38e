package org.summitgraph.document;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.PageInfo;

@Type("DocumentConnection")
@Description("A page of documents, by summit date then rank within the summit.")
public record DocumentConnection(
        @Description("How many documents match, over all pages.") int totalCount,
        @NonNull @Description("The documents of this page.") List<@NonNull DocumentView> nodes,
        @NonNull @Description("The documents of this page with their cursors.") List<@NonNull DocumentEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {
}
