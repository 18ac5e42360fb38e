package org.summitgraph.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;

@Type("TimelineEntry")
@Description("Something that happened to an organization on a date: what, about whom or what, and the sources that "
        + "attest it.")
public record TimelineEntryView(
        @Ignore String organizationCode,
        @NonNull @Description("When it happened, as its record gives it: the day, or 1 January of the year when only "
                + "the year is known (see `precision`); the list is ordered and filtered by this date.") LocalDate date,
        @NonNull @Description("Whether `date` is the day it happened or stands for its year.") DatePrecision precision,
        @NonNull @Description("What happened.") TimelineKind kind,
        /** The subject's node id: the tie-break after the kind. */
        @Ignore String subjectId,
        /** What the subject's feature finds it by: a code, an id, or a membership change's id. */
        @Ignore String subjectKey,
        /** The key of the row the entry comes from, in its table; the sources are that row's. */
        @Ignore String recordKey,
        /** The row's numeric id (0 for a summit, whose id is its subject's): the last tie-break. */
        @Ignore long sequence,
        @Ignore LocalizedText texts) {

    /** The table the entry comes from. */
    Origin origin() {
        return Origin.of(kind);
    }
}
