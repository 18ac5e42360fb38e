package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.common.LocalizedText;

@Type("Statement")
@Description("What a speaker said at a summit: a summary, verbatim quotes and proposals.")
public record StatementView(
        @Ignore long id,
        @Ignore String summitId,
        @Ignore String speakerId,
        @Ignore LocalizedText summaries) {

    static final String COLUMNS = "st.id, st.summit.id, st.speaker.id, st.summary";

    static StatementView of(Object[] r, int o) {
        return new StatementView((Long) r[o], (String) r[o + 1], (String) r[o + 2], (LocalizedText) r[o + 3]);
    }
}
