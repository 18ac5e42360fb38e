package org.summitgraph.organization;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;

@Type("MembershipChange")
@Description("A change of a membership's status, effective from a date.")
public record MembershipChangeView(
        @Ignore long id,
        @NonNull @Description("The status from `effective` on.") MembershipStatus status,
        @NonNull @Description("The day the status took effect.") LocalDate effective,
        @Ignore LocalizedText notes) {
}
