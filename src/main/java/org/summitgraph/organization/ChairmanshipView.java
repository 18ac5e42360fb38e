package org.summitgraph.organization;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Chairmanship")
@Description("A state chairing an organization from a day to a day, both included.")
public record ChairmanshipView(
        @Ignore long id,
        @Ignore String countryCode,
        @NonNull @Description("First day.") LocalDate start,
        @Description("Last day; null while it lasts or when unknown.") LocalDate end) {

    static final String COLUMNS = "ch.id, ch.country.code, ch.startOn, ch.endOn";

    static ChairmanshipView of(Object[] r, int o) {
        return new ChairmanshipView((Long) r[o], (String) r[o + 1], (LocalDate) r[o + 2], (LocalDate) r[o + 3]);
    }
}
