package org.summitgraph.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.data.Paging;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import io.smallrye.config.WithDefault;

/** The cost arithmetic of {@link QueryLimits}, on a small schema of the same shapes; nothing is started. */
class CostTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            interface Node { id: ID! }
            type Person implements Node { id: ID! name: String }
            type Summit implements Node { id: ID! name: String participants: [Person!]! }
            type SummitEdge { cursor: String! node: Summit! }
            type SummitConnection { edges: [SummitEdge!]! nodes: [Summit!]! totalCount: Int! }
            input SummitFilter { countries: [String!] }
            type Query {
              summits(first: Int, after: String, filter: SummitFilter): SummitConnection!
              nodes(ids: [ID!]!): [Node]!
              summit(id: ID!): Summit
            }
            """), RuntimeWiring.newRuntimeWiring()
            .type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(env -> null)).build());

    /** The limits with their defaults, as SummitGraphConfig declares them. */
    private static final SummitGraphConfig.Limits DEFAULTS = (SummitGraphConfig.Limits) Proxy.newProxyInstance(
            CostTest.class.getClassLoader(), new Class<?>[] { SummitGraphConfig.Limits.class }, (proxy, method, args) -> {
                String value = method.getAnnotation(WithDefault.class).value();
                return method.getReturnType() == Duration.class ? Duration.parse("PT" + value) : Integer.valueOf(value);
            });

    private static int cost(String query) {
        return QueryComplexityCalculator.newCalculator().schema(SCHEMA).document(Parser.parse(query))
                .fieldComplexityCalculator(new QueryLimits.Cost(DEFAULTS))
                .variables(CoercedVariables.of(Map.of())).build().calculate();
    }

    @Test
    void aFieldCostsOne() {
        assertEquals(2, cost("{ summit(id: \"s\") { name } }"));
    }

    @Test
    void aPageMultipliesWhatIsUnderItByFirst() {
        // summits 1 + 5 × (edges 1 + (cursor 1 + node 1 + name 1)); edges multiply nothing
        assertEquals(1 + 5 * (1 + 3), cost("{ summits(first: 5) { edges { cursor node { name } } } }"));
        assertEquals(1 + 5 * (1 + 1), cost("{ summits(first: 5) { nodes { name } } }"));
    }

    @Test
    void aPageWithoutFirstCountsTheDefaultPageSize() {
        assertEquals(1 + Paging.DEFAULT_PAGE_SIZE * (1 + 1), cost("{ summits { nodes { name } } }"));
    }

    @Test
    void anUnpagedListCountsItsAssumedSize() {
        // summit 1 + (participants 1 + 10 × name 1)
        assertEquals(1 + 1 + DEFAULTS.unpagedListSize(), cost("{ summit(id: \"s\") { participants { name } } }"));
    }

    @Test
    void aListAskedForByAListHasItsItemsAndTheyCountToo() {
        // nodes 1 + 3 ids + 3 × id 1
        assertEquals(1 + 3 + 3, cost("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }"));
    }

    @Test
    void listsInInputsCount() {
        // summits 1 + 2 countries + 1 × (nodes 1 + 1 × name 1)
        assertEquals(1 + 2 + 1 * (1 + 1), cost("{ summits(first: 1, filter: {countries: [\"AM\", \"KZ\"]}) { nodes { name } } }"));
    }

    @Test
    void aNegativeFirstCountsNothingUnderIt() {
        assertEquals(1, cost("{ summits(first: -3) { nodes { name } } }"));
    }

    @Test
    void aListArgumentOverItsLimitIsRefused() {
        String ids = "\"x\", ".repeat(DEFAULTS.maxListArgument() + 1);
        AbortExecutionException refused = assertThrows(AbortExecutionException.class,
                () -> cost("{ nodes(ids: [" + ids + "]) { id } }"));
        assertEquals("BAD_USER_INPUT", refused.getUnderlyingErrors().get(0).getExtensions().get("code"));
    }
}
