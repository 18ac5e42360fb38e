package org.summitgraph.summit;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.node.Node;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Type("Summit")
@Key(fields = @FieldSet("id"))
@Description("A meeting of an organization's leaders: where and when, who came, what was said and signed.")
public record SummitView(
        @Id @NonNull @Description("Stable readable id, e.g. \"csto-2025-11-27-bishkek\".") String id,
        @Ignore String organizationCode,
        @Ignore LocalizedText titles,
        @NonNull @Description("Day of the summit (first day when it lasted longer).") LocalDate date,
        @NonNull @Description("Whether it is scheduled, held, postponed or cancelled.") SummitStatus status,
        @NonNull @Description("Regular, extraordinary, informal or anniversary session.") SummitKind kind,
        @Ignore String cityId,
        @Ignore LocalizedText venues,
        @Ignore String hostCountryCode,
        @Ignore String nextMeetingId,
        @Ignore LocalizedText notes,
        @Description("Version of the summit, to send back with an edit (an edit based on an older one is refused).")
        int version) implements Node {

    /** JPQL select list over an alias {@code s} of Summit, read back by {@link #of}. */
    static final String COLUMNS = "s.id, s.organization.code, s.title, s.heldOn, s.status, s.kind, s.city.id, s.venue, "
            + "s.hostCountry.code, s.nextMeeting.id, s.note, s.version";

    static SummitView of(Object[] r, int o) {
        return new SummitView((String) r[o], (String) r[o + 1], (LocalizedText) r[o + 2], (LocalDate) r[o + 3],
                (SummitStatus) r[o + 4], (SummitKind) r[o + 5], (String) r[o + 6], (LocalizedText) r[o + 7],
                (String) r[o + 8], (String) r[o + 9], (LocalizedText) r[o + 10], (Integer) r[o + 11]);
    }
}
