package org.summitgraph.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.node.Node;

@Type("City")
@Description("A city where an organization sits or a summit meets.")
public record CityView(
        @Id @NonNull @Description("Stable readable key, e.g. \"bishkek\".") String id,
        @Ignore String countryCode,
        @Ignore LocalizedText names) implements Node {
}
