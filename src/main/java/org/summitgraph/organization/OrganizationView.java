package org.summitgraph.organization;

import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.node.Node;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Type("Organization")
@Key(fields = @FieldSet("id"))
@Key(fields = @FieldSet("code"))
@Description("An international organization: its names, members, chairs, Secretaries General and summits.")
public record OrganizationView(
        @Id @NonNull @Description("Readable id, unique across types: the code in lower case, e.g. \"csto\".") String id,
        @Id @NonNull @Description("Short stable code, e.g. \"CSTO\".") String code,
        @Ignore LocalizedText names,
        @Ignore LocalizedText acronyms,
        @Ignore String headquartersCityId) implements Node {

    /** JPQL select list over an alias {@code o} of Organization, read back by {@link #of}. */
    static final String COLUMNS = "o.code, o.name, o.acronym, o.headquarters.id";

    static OrganizationView of(Object[] r, int o) {
        String code = (String) r[o];
        return new OrganizationView(code.toLowerCase(Locale.ROOT), code, (LocalizedText) r[o + 1],
                (LocalizedText) r[o + 2], (String) r[o + 3]);
    }
}
