package org.summitgraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.node.Node;

@Type("Statement")
@Description("What a speaker said at a summit: a summary, verbatim quotes and proposals.")
public record StatementView(
        @Ignore long pk,
        @Id @NonNull @Description("Readable id, unique across types: the summit's id, \"statement\" and its rank, "
                + "e.g. \"csto-2025-11-27-bishkek-statement-1\".") String id,
        @Ignore String summitId,
        @Ignore String speakerId,
        @Ignore LocalizedText summaries) implements Node {

    static final String COLUMNS = "st.id, st.nodeId, st.summit.id, st.speaker.id, st.summary";

    static StatementView of(Object[] r, int o) {
        return new StatementView((Long) r[o], (String) r[o + 1], (String) r[o + 2], (String) r[o + 3],
                (LocalizedText) r[o + 4]);
    }
}
