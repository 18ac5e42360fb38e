package org.summitgraph.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.common.LocalizedText;

@Type("Organization")
@Description("An international organization: its names, members, chairs, Secretaries General and summits.")
public record OrganizationView(
        @Id @NonNull @Description("Short stable code, e.g. \"CSTO\".") String code,
        @Ignore LocalizedText names,
        @Ignore LocalizedText acronyms,
        @Ignore String headquartersCityId) {

    /** JPQL select list over an alias {@code o} of Organization, read back by {@link #of}. */
    static final String COLUMNS = "o.code, o.name, o.acronym, o.headquarters.id";

    static OrganizationView of(Object[] r, int o) {
        return new OrganizationView((String) r[o], (LocalizedText) r[o + 1], (LocalizedText) r[o + 2], (String) r[o + 3]);
    }
}
