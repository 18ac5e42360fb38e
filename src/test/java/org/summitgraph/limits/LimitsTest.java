package org.summitgraph.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.GraphQLErrors;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.LoudLog;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.introspection.Introspection;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * Hostile documents are refused with their own code before any data is fetched; documents just
 * under each limit (defaults of SummitGraphConfig.Limits, with max-cost at its production 5000) run as usual.
 */
@QuarkusTest
@TestProfile(LimitsTest.ProductionCost.class)
public class LimitsTest {

    /** The test configuration lifts the cost limit for the rest of the suite; this puts it back. */
    public static class ProductionCost implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit-graph.limits.max-cost", "5000");
        }
    }

    @Inject AgroalDataSource dataSource;

    @Test
    void twelveLevelsAreAllowed() {
        GraphQL.ok("limitDepth12").body("data.summit", notNullValue());
    }

    @Test
    void thirteenLevelsAreRefused() {
        refused(GraphQL.send("limitDepth13", Map.of()), "MAX_DEPTH_EXCEEDED");
    }

    @Test
    void graphiqlsIntrospectionQueryIsNotLimited() {
        GraphQL.ok("limitIntrospection").body("data.__schema.types", notNullValue());
    }

    /** graphql-java's good-faith check, past which introspection is not exempt: a client error, logged as none. */
    @Test
    void introspectionNestingTypeFieldsInItselfIsRefusedInWords() {
        try (LoudLog log = LoudLog.record()) {
            refused(GraphQL.send("introspectionTooDeep", Map.of()), "INTROSPECTION_TOO_DEEP")
                    .body("errors[0].message", equalTo("The introspection query asks for __Type.fields more than once: "
                            + "__schema, __type and the fields, inputFields, interfaces and possibleTypes of __Type may "
                            + "each appear once in an introspection query (GraphiQL's needs no more)"));
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void introspectionNestingOfTypeTooDeepIsRefusedInWords() {
        try (LoudLog log = LoudLog.record()) {
            refused(GraphQL.send("introspectionOfTypeTooDeep", Map.of()), "INTROSPECTION_TOO_DEEP")
                    .body("errors[0].message", equalTo("The introspection query is too large: at most 20 levels and "
                            + "500 fields are allowed"));
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void aQueryJustUnderTheCostLimitRuns() {
        GraphQL.ok("limitCost", "first", 94).body("data.summits.nodes", notNullValue());
    }

    @Test
    void aQueryOverTheCostLimitIsRefused() {
        refused(GraphQL.send("limitCost", Map.of(), "first", 95), "COST_EXCEEDED")
                .body("errors[0].message", containsString("5000"));
    }

    @Test
    void fifteenAliasesAreAllowed() {
        GraphQL.ok("limitAliases15").body("data.summit.a15", notNullValue());
    }

    @Test
    void sixteenAliasesAreRefused() {
        refused(GraphQL.send("limitAliases16", Map.of()), "TOO_MANY_ALIASES");
    }

    @Test
    void fiftyDirectivesAreAllowed() {
        GraphQL.ok("limitDirectives50").body("data.summit.id", notNullValue());
    }

    @Test
    void fiftyOneDirectivesAreRefused() {
        refused(GraphQL.send("limitDirectives51", Map.of()), "TOO_MANY_DIRECTIVES");
    }

    @Test
    void twoThousandTokensAreAllowed() {
        GraphQL.ok("limitTokens2000").body("data.summit.id", notNullValue());
    }

    @Test
    void moreTokensAreRefused() {
        refused(GraphQL.send("limitTokens2001", Map.of()), "TOO_MANY_TOKENS");
    }

    @Test
    void aBodyOver100KilobytesGets413AndOneUnderItIsServed() {
        // the refused body is left unread, so the connection is not reused for the next request
        given().contentType("application/json").header("Connection", "close")
                .body(Map.of("query", "{ organizations { code } }", "variables", Map.of("pad", "x".repeat(110_000))))
                .when().post("/graphql").then().statusCode(413);
        given().contentType("application/json").accept("application/json")
                .body(Map.of("query", "{ organizations { code } }", "variables", Map.of("pad", "x".repeat(90_000))))
                .when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.organizations.code", hasItem("CSTO"));
    }

    /** Far past graphql-java's own parser limit (15 000 tokens): still the token code, not a parse failure. */
    @Test
    void aHugeDocumentIsRefusedForItsTokens() {
        // 16 000 one-letter fields: 32 KB, within the body limit
        String query = "{ " + "a ".repeat(16_000) + "}";
        refused(GraphQL.raw(query, Map.of()), "TOO_MANY_TOKENS");
    }

    @Test
    void theAppsStatementsHaveATimeout() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show statement_timeout")) {
            rs.next();
            assertEquals("10s", rs.getString(1));
        }
    }

    @Test
    void aCancelledStatementIsATimeout() {
        GraphQLError error = GraphQLErrors.withCode(new ExceptionWhileDataFetching(ResultPath.rootPath(),
                new RuntimeException("could not execute statement",
                        new SQLException("ERROR: canceling statement due to statement timeout", "57014")),
                new SourceLocation(1, 1)), true);
        assertEquals("TIMEOUT", error.getExtensions().get("code"));
        assertFalse(error.getMessage().contains("statement"));
    }

    @Test
    void fieldsFetchedAfterTheTimeLimitFailOnceWithTimeout() {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { a: String b: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t
                        .dataFetcher("a", env -> "a").dataFetcher("b", env -> "b")).build());
        graphql.GraphQL engine = graphql.GraphQL.newGraphQL(schema)
                .instrumentation(new ExecutionTimeLimit(Duration.ZERO)).build();
        ExecutionResult result = engine.execute("{ a b }");
        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        GraphQLError error = GraphQLErrors.withCode(result.getErrors().get(0), true);
        assertEquals("TIMEOUT", error.getExtensions().get("code"));

        graphql.GraphQL patient = graphql.GraphQL.newGraphQL(schema)
                .instrumentation(new ExecutionTimeLimit(Duration.ofSeconds(10))).build();
        assertEquals(List.of(), patient.execute("{ a b }").getErrors());
    }

    @Test
    void suggestionsAreHiddenWithoutIntrospection() {
        ValidationError suggesting = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.FieldUndefined)
                .description("Validation error (FieldUndefined@[summit/titel]) : Field 'titel' in type 'Summit' "
                        + "is undefined. Did you mean 'title'?")
                .build();
        boolean before = Introspection.isEnabledJvmWide();
        try {
            Introspection.enabledJvmWide(false);
            GraphQLError hidden = GraphQLErrors.withCode(suggesting, false);
            assertEquals("GRAPHQL_VALIDATION_FAILED", hidden.getExtensions().get("code"));
            assertFalse(hidden.getMessage().contains("Did you mean"), hidden.getMessage());
            assertFalse(hidden.getMessage().contains("'title'"), hidden.getMessage());
            Introspection.enabledJvmWide(true);
            assertEquals(suggesting.getMessage(), GraphQLErrors.withCode(suggesting, false).getMessage());
        } finally {
            Introspection.enabledJvmWide(before);
        }
    }

    @Test
    void validationMessagesOverHttpSuggestNothing() {
        GraphQL.send("unknownField", Map.of()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors.message", everyItem(not(containsString("Did you mean"))));
    }

    /** A refusal: one error with its code, no data, no internals. */
    private static ValidatableResponse refused(ValidatableResponse response, String code) {
        return response.statusCode(200)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.exception", nullValue())
                .body("errors.message", everyItem(not(containsString("Exception"))))
                .body("errors.message", everyItem(not(containsString("java."))))
                .body("errors.message", everyItem(not(containsString("graphql."))));
    }
}
