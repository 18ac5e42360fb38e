package org.summitgraph.organization;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Membership")
@Description("A state's membership of an organization, with its status at the date asked for.")
public record MembershipView(
        @Ignore long membershipId,
        @Ignore String organizationCode,
        @Ignore String countryCode,
        @NonNull @Description("Status as of the date asked for.") MembershipStatus status,
        @Description("When that status began, if known.") LocalDate since,
        @Description("Version of the membership, to send back with a change (one based on an older one is refused).")
        int version) {
}
