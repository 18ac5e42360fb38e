package org.summitgraph.exercise;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("ExerciseEdition")
@Description("One staging of an exercise: the year and the host state.")
public record ExerciseEditionView(
        @Ignore long id,
        @Description("Year it was held.") int year,
        @Ignore String hostCountryCode) {
}
