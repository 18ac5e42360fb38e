package org.summitgraph.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;

@Type("Country")
@Description("A sovereign state.")
public record CountryView(
        @Id @NonNull @Description("ISO 3166-1 alpha-2 code, e.g. \"KG\".") String code,
        @Ignore LocalizedText names) {
}
