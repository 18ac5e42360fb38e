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

    static DocumentView of(Object[] r) {
        return new DocumentView((Long) r[0], (String) r[1], (String) r[2], (DocumentAction) r[3], (LocalizedText) r[4],
                (String) r[5]);
    }
}
