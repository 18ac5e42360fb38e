package org.summitgraph.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.data.PageInfo;

@Type("PersonConnection")
@Description("A page of people.")
public record PersonConnection(
        @Description("How many people match, over all pages.") int totalCount,
        @NonNull @Description("The people of this page.") List<@NonNull PersonView> nodes,
        @NonNull @Description("The people of this page with their cursors.") List<@NonNull PersonEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo) {
}
