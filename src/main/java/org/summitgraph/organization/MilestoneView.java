package org.summitgraph.organization;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.LocalizedText;

@Type("Milestone")
@Description("A dated landmark of an organization: treaty signed or in force, charter, observer status...")
public record MilestoneView(
        @Ignore long id,
        @NonNull @Description("What happened, e.g. TREATY_SIGNED, CHARTER_IN_FORCE.") String kind,
        @NonNull @Description("When it happened.") LocalDate date,
        @Ignore String cityId,
        @Ignore LocalizedText descriptions) {
}
