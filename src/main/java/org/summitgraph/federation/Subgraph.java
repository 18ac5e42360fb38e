package org.summitgraph.federation;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;

/**
 * Links the schema to the Apollo Federation 2 specification, importing {@code @key}: a gateway then reads the
 * subgraph as a Federation 2 one. SmallRye takes schema directives from {@code @GraphQLApi} classes; this one has
 * no operation.
 */
@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.7", _import = @Import(name = "@key"))
public class Subgraph {
}
