package org.summitgraph.node;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.summitgraph.common.Reads;

@GraphQLApi
public class NodeGraphQLApi {

    private final NodeService nodes;

    NodeGraphQLApi(NodeService nodes) {
        this.nodes = nodes;
    }

    @Query("node")
    @Description("The object of any type with this id; null when unknown.")
    public CompletionStage<Node> node(@Name("id") @Id @NonNull String id) {
        return Reads.async(() -> nodes.byIds(Collections.singletonList(id)).get(0));
    }

    @Query("nodes")
    @Description("The objects with these ids, in the same order; null for an unknown id.")
    public CompletionStage<@NonNull List<Node>> nodes(@Name("ids") @NonNull List<@NonNull String> ids) {
        return Reads.of(ids, nodes::byIds);
    }
}
