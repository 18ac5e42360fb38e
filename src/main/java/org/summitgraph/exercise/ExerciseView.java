package org.summitgraph.exercise;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.node.Node;

@Type("Exercise")
@Description("A named joint exercise or operation of an organization, e.g. \"Interaction\".")
public record ExerciseView(
        @Id @NonNull @Description("Stable readable id, e.g. \"interaction\".") String id,
        @Ignore String organizationCode,
        @NonNull @Description("Exercise or operation.") ExerciseKind kind,
        @Ignore LocalizedText names,
        @Ignore LocalizedText purposes) implements Node {

    static final String COLUMNS = "e.id, e.organization.code, e.kind, e.name, e.purpose";

    static ExerciseView of(Object[] r, int o) {
        return new ExerciseView((String) r[o], (String) r[o + 1], (ExerciseKind) r[o + 2], (LocalizedText) r[o + 3],
                (LocalizedText) r[o + 4]);
    }
}
