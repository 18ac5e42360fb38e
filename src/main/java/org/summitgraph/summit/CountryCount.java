package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("CountryCount")
@Description("How many of something concern a state.")
public record CountryCount(
        @Ignore String countryCode,
        @Description("How many.") int count) {
}
