package org.summitgraph.schema;

import static graphql.introspection.Introspection.DirectiveLocation.INPUT_FIELD_DEFINITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLScalarType;

/** The pure parts of {@link ScalarHygiene}; the served schema is checked by ScalarsForCodeGeneratorsTest. */
class ScalarHygieneTest {

    private static final GraphQLScalarType BIG_INTEGER = GraphQLScalarType.newScalar(Scalars.GraphQLInt)
            .name("BigInteger").build();

    /** An applied @constraint as SmallRye builds it: every argument of the directive, set or not. */
    private static GraphQLDirective constraint(boolean setMaxLength) {
        GraphQLArgument.Builder maxLength = GraphQLArgument.newArgument().name("maxLength").type(Scalars.GraphQLInt);
        return GraphQLDirective.newDirective().name("constraint").validLocation(INPUT_FIELD_DEFINITION)
                .argument(setMaxLength ? maxLength.valueProgrammatic(30) : maxLength)
                .argument(GraphQLArgument.newArgument().name("min").type(BIG_INTEGER))
                .build();
    }

    @Test
    void anAppliedConstraintKeepsTheArgumentsItSets() {
        GraphQLDirective trimmed = ScalarHygiene.withSetArguments(constraint(true));
        assertEquals(List.of("maxLength"), trimmed.getArguments().stream().map(GraphQLArgument::getName).toList());
        assertEquals(30, trimmed.getArgument("maxLength").getArgumentValue().getValue());
    }

    @Test
    void theDefinitionWhichSetsNothingAndOtherDirectivesAreLeftAsTheyAre() {
        GraphQLDirective definition = constraint(false);
        assertSame(definition, ScalarHygiene.withSetArguments(definition));
        GraphQLDirective other = GraphQLDirective.newDirective().name("other").validLocation(INPUT_FIELD_DEFINITION)
                .argument(GraphQLArgument.newArgument().name("min").type(BIG_INTEGER)).build();
        assertSame(other, ScalarHygiene.withSetArguments(other));
    }

    @Test
    void theDateScalarsGetTheirSpecificationAndOthersStayTheSame() {
        GraphQLScalarType date = GraphQLScalarType.newScalar(Scalars.GraphQLString).name("Date").build();
        GraphQLScalarType described = ScalarHygiene.described(date);
        assertEquals("https://scalars.graphql.org/andimarek/local-date.html", described.getSpecifiedByUrl());
        assertEquals("https://scalars.graphql.org/andimarek/local-date.html",
                described.getAppliedDirective("specifiedBy").getArgument("url").getValue());
        assertSame(Scalars.GraphQLString, ScalarHygiene.described(Scalars.GraphQLString));
    }
}
