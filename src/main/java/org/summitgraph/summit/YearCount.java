package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("YearCount")
@Description("How many of something happened in a calendar year.")
public record YearCount(
        @Description("The year.") int year,
        @Description("How many.") int count) {
}
