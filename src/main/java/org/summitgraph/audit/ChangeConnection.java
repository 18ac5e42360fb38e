package org.summitgraph.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.PageInfo;

@Type("ChangeConnection")
@Description("A page of the change log, in the order it was asked for.")
public record ChangeConnection(
        @Description("How many changes match, over all pages.") int totalCount,
        @NonNull @Description("The changes of this page.") List<@NonNull ChangeView> nodes,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {
}
