package org.summitgraph.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.node.Node;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Type("Person")
@Key(fields = @FieldSet("id"))
@Description("A person who took part in summits or held a post.")
public record PersonView(
        @Id @NonNull @Description("Stable readable id, e.g. \"vladimir-putin\".") String id,
        @Ignore LocalizedText names,
        @Ignore String countryCode) implements Node {

    /** JPQL select list over an alias {@code pe} of Person, read back by {@link #of}. */
    public static final String COLUMNS = "pe.id, pe.name, pe.country.code";

    public static PersonView of(Object[] row, int offset) {
        return new PersonView((String) row[offset], (LocalizedText) row[offset + 1], (String) row[offset + 2]);
    }
}
