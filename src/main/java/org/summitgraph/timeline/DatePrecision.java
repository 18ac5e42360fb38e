package org.summitgraph.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How much of a date its record gives.")
public enum DatePrecision {
    @Description("The day is known: the date is that day.")
    DAY,
    @Description("Only the year is known: the date is 1 January of that year.")
    YEAR
}
