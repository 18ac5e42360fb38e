package org.summitgraph.node;

import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeGraphQLApi {

    @Inject NodeService nodes;

    @Query("node")
    @Description("The object of any type with this id; null when unknown.")
    public Node node(@Name("id") @Id @NonNull String id) {
        return nodes.byIds(Collections.singletonList(id)).get(0);
    }

    @Query("nodes")
    @Description("The objects with these ids, in the same order; null for an unknown id.")
    public @NonNull List<Node> nodes(@Name("ids") @NonNull List<@NonNull String> ids) {
        return nodes.byIds(ids);
    }
}
