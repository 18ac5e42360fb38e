package org.summitgraph.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Change")
@Description("One mutation of the data: who made it, when, which operation and with what input.")
public record ChangeView(
        @NonNull @Description("When it was committed.") OffsetDateTime at,
        @NonNull @Description("Subject of the token that made it.") String subject,
        @NonNull @Description("The mutation, e.g. scheduleSummit.") String operation,
        @NonNull @Description("Its input, as JSON.") String input) {
}
