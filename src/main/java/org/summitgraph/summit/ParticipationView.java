package org.summitgraph.summit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Participation")
@Description("A person's presence at a summit and whom they represented.")
public record ParticipationView(
        @Ignore long id,
        @Ignore String summitId,
        @Ignore String personId,
        @Ignore String countryCode,
        @NonNull @Description("Capacity in which the person took part, e.g. HEAD_OF_STATE, SECRETARY_GENERAL.") String role) {

    static final String COLUMNS = "pa.id, pa.summit.id, pa.person.id, pa.country.code, pa.role";

    static ParticipationView of(Object[] r, int o) {
        return new ParticipationView((Long) r[o], (String) r[o + 1], (String) r[o + 2], (String) r[o + 3], (String) r[o + 4]);
    }
}
