package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.common.LocalizedText;

@Type("Document")
@Description("A document signed, adopted or approved at a summit: declaration, decision, strategy, plan...")
public record DocumentView(
        @Ignore long id,
        @Ignore String summitId,
        @NonNull @Description("Kind of document: DECLARATION, DECISION, STRATEGY, PLAN, PROGRAM, APPOINTMENT...") String kind,
        @NonNull @Description("Whether the summit signed, adopted or approved it.") DocumentAction action,
        @Ignore LocalizedText titles,
        @Ignore String appointeeId) {

    static final String COLUMNS = "d.id, d.summit.id, d.kind, d.action, d.title, d.appointee.id";

    static DocumentView of(Object[] r, int o) {
        return new DocumentView((Long) r[o], (String) r[o + 1], (String) r[o + 2], (DocumentAction) r[o + 3],
                (LocalizedText) r[o + 4], (String) r[o + 5]);
    }
}
