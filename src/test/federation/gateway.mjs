// The service as a subgraph of a supergraph: its SDL (Query._service) composed with a small "reviews" subgraph by
// @apollo/composition, then queries through @apollo/gateway that join the reviews onto Summit both ways (the
// gateway asks this service first, then the reviews; and the reviews first, then this service's Query._entities).
// Usage: node gateway.mjs <base URL of the running service> <summit id>... Prints a JSON summary on its last line.
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

const base = new URL(process.argv[2] ?? 'http://localhost:8080/');
const featured = process.argv.slice(3);
const service = new URL('graphql', base).toString();
const failures = [];
const results = {};
const servers = [];

// The second subgraph: a review per summit, made up from the summit's id, with the state it was written in.
const reviewTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Summit @key(fields: "id") {
    id: ID!
    reviews: [Review!]!
  }
  type Country @key(fields: "code") {
    code: ID!
  }
  type Review {
    stars: Int!
    text: String!
    country: Country!
  }
  type Query {
    featuredSummits: [Summit!]!
  }
`);
const reviewsOf = (id) => [{ stars: (id.length % 5) + 1, text: `Review of ${id}`, country: { code: 'KG' } }];
const reviewResolvers = {
  Query: { featuredSummits: () => featured.map((id) => ({ id })) },
  Summit: {
    __resolveReference: (summit) => summit,
    reviews: (summit) => reviewsOf(summit.id),
  },
};

async function post(url, query) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

try {
  const sdl = (await post(service, '{ _service { sdl } }')).data._service.sdl;
  const reviews = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: reviewTypeDefs, resolvers: reviewResolvers }) });
  servers.push(reviews);
  const { url: reviewsUrl } = await startStandaloneServer(reviews, { listen: { port: 0 } });

  const composed = composeServices([
    { name: 'summits', typeDefs: parse(sdl), url: service },
    { name: 'reviews', typeDefs: reviewTypeDefs, url: reviewsUrl },
  ]);
  if (composed.errors) {
    failures.push(...composed.errors.map((e) => `composition: ${e.message}`));
  } else {
    const gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }) });
    servers.push(gateway);
    const { url: gatewayUrl } = await startStandaloneServer(gateway, { listen: { port: 0 } });
    const queries = {
      // this service first (summits), then the reviews subgraph's _entities for each Summit
      serviceFirst: '{ summits(organization: "CSTO", first: 3) { edges { node { id date reviews { stars text } } } } }',
      // the reviews subgraph first, then this service's _entities: Summit by id, Country by code
      reviewsFirst: '{ featuredSummits { id title date organization { code } reviews { text country { code name } } } }',
    };
    for (const [name, query] of Object.entries(queries)) {
      const answer = await post(gatewayUrl, query);
      if (answer.errors) {
        failures.push(`${name}: ${JSON.stringify(answer.errors)}`);
      }
      results[name] = answer.data;
    }
  }
} catch (e) {
  failures.push(String(e.stack ?? e));
} finally {
  await Promise.all(servers.map((server) => server.stop().catch(() => {})));
}
console.log(JSON.stringify({ failures, results }));
