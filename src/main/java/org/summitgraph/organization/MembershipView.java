package org.summitgraph.organization;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.node.Node;

@Type("Membership")
@Description("A state's membership of an organization, with its status at the date asked for.")
public record MembershipView(
        @Id @NonNull @Description("Readable id, unique across types: the organization's id, \"-membership-\" and the "
                + "state's code in lower case, e.g. \"csto-membership-kg\".") String id,
        @Ignore long membershipId,
        @Ignore String organizationCode,
        @Ignore String countryCode,
        @NonNull @Description("Status as of the date asked for.") MembershipStatus status,
        @Description("When that status began, if known.") LocalDate since,
        @Description("Version of the membership, to send back with a change (one based on an older one is refused).")
        int version) implements Node {

    /** The membership of a state in an organization as of a date; its node id is made as V11's generated column makes it. */
    static MembershipView of(long membershipId, String organizationCode, String countryCode, MembershipStatus status,
            LocalDate since, int version) {
        return new MembershipView(nodeId(organizationCode, countryCode), membershipId, organizationCode, countryCode,
                status, since, version);
    }

    /** The node id of the membership of the state {@code countryCode} in the organization {@code organizationCode}. */
    static String nodeId(String organizationCode, String countryCode) {
        return organizationCode.toLowerCase(Locale.ROOT) + "-membership-" + countryCode.toLowerCase(Locale.ROOT);
    }
}
