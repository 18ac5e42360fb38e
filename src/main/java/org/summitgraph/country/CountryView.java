package org.summitgraph.country;

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

@Type("Country")
@Key(fields = @FieldSet("id"))
@Key(fields = @FieldSet("code"))
@Description("A sovereign state.")
public record CountryView(
        @Id @NonNull @Description("Readable id, unique across types: \"country-\" and the code in lower case, e.g. "
                + "\"country-kg\".") String id,
        @Id @NonNull @Description("ISO 3166-1 alpha-2 code, e.g. \"KG\".") String code,
        @Ignore LocalizedText names) implements Node {

    private static final String ID_PREFIX = "country-";

    /** The country with this code and names; its node id is made from the code as V11's generated column makes it. */
    public static CountryView of(String code, LocalizedText names) {
        return new CountryView(nodeId(code), code, names);
    }

    /** The node id of the country with this code. */
    public static String nodeId(String code) {
        return ID_PREFIX + code.toLowerCase(Locale.ROOT);
    }
}
