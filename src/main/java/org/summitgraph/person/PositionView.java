package org.summitgraph.person;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;

@Type("Position")
@Description("A post a person held: head of a state, Secretary General of an organization...")
public record PositionView(
        @Ignore long id,
        @NonNull @Description("Kind of post, e.g. HEAD_OF_STATE, SECRETARY_GENERAL.") String kind,
        @Description("True for an acting (interim) holder.") boolean acting,
        @Ignore LocalizedText titles,
        @Ignore String organizationCode,
        @Ignore String countryCode,
        @Description("First day in the post, when known: the start of the holder's uninterrupted tenure, which may "
                + "span several terms of office, not the start of the current term.") LocalDate start,
        @Description("Last day in the post; null while it lasts or when unknown.") LocalDate end,
        @Ignore LocalizedText notes) {

    static final String COLUMNS = "p.id, p.kind, p.acting, p.title, p.organization.code, p.country.code, p.startOn, p.endOn, p.note";

    static PositionView of(Object[] r, int o) {
        return new PositionView((Long) r[o], (String) r[o + 1], (Boolean) r[o + 2], (LocalizedText) r[o + 3],
                (String) r[o + 4], (String) r[o + 5], (LocalDate) r[o + 6], (LocalDate) r[o + 7], (LocalizedText) r[o + 8]);
    }
}
