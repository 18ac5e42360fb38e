package org.summitgraph.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.node.Node;

@Type("Document")
@Description("A document signed, adopted or approved at a summit: declaration, decision, strategy, plan...")
public record DocumentView(
        @Ignore long pk,
        @Id @NonNull @Description("Readable id, unique across types: the summit's id, \"document\" and its rank, "
                + "e.g. \"csto-2025-11-27-bishkek-document-1\".") String id,
        @Ignore String summitId,
        @NonNull @Description("Kind of document: DECLARATION, DECISION, STRATEGY, PLAN, PROGRAM, APPOINTMENT...") String kind,
        @NonNull @Description("Whether the summit signed, adopted or approved it.") DocumentAction action,
        @Ignore LocalizedText titles,
        @Ignore String appointeeId) implements Node {

    static final String COLUMNS = "d.id, d.nodeId, d.summit.id, d.kind, d.action, d.title, d.appointee.id";

    static DocumentView of(Object[] r, int o) {
        return new DocumentView((Long) r[o], (String) r[o + 1], (String) r[o + 2], (String) r[o + 3],
                (DocumentAction) r[o + 4], (LocalizedText) r[o + 5], (String) r[o + 6]);
    }
}
