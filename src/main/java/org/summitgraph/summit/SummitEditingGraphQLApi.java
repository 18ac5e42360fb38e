package org.summitgraph.summit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.security.Roles;
import org.summitgraph.summit.SummitInputs.AddParticipantInput;
import org.summitgraph.summit.SummitInputs.RemoveParticipantInput;
import org.summitgraph.summit.SummitInputs.RescheduleSummitInput;
import org.summitgraph.summit.SummitInputs.ScheduleSummitInput;
import org.summitgraph.summit.SummitInputs.SummitVersionInput;
import org.summitgraph.summit.SummitInputs.UpdateSummitInput;

/** Mutations of summits: editors and admins; deletions admins only. */
@GraphQLApi
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class SummitEditingGraphQLApi {

    @Inject SummitEditing editing;

    @Mutation("scheduleSummit")
    @Description("Schedules a summit (status SCHEDULED). DUPLICATE when the organization already has a summit that day in "
            + "that city (or by videoconference): it would be the same meeting.")
    public @NonNull SummitView scheduleSummit(@Name("input") @NonNull @Valid ScheduleSummitInput input) {
        return editing.schedule(input);
    }

    @Mutation("updateSummit")
    @Description("Changes a summit's titles, kind, venue or announced next meeting (which must be later).")
    public @NonNull SummitView updateSummit(@Name("input") @NonNull @Valid UpdateSummitInput input) {
        return editing.update(input);
    }

    @Mutation("rescheduleSummit")
    @Description("Moves a summit that has not taken place to another day, and possibly another city, where the "
            + "organization has no other summit (else DUPLICATE).")
    public @NonNull SummitView rescheduleSummit(@Name("input") @NonNull @Valid RescheduleSummitInput input) {
        return editing.reschedule(input);
    }

    @Mutation("cancelSummit")
    @Description("Cancels a summit that has not taken place.")
    public @NonNull SummitView cancelSummit(@Name("input") @NonNull @Valid SummitVersionInput input) {
        return editing.cancel(input);
    }

    @Mutation("markSummitHeld")
    @Description("Records that a summit took place; it must not be dated after today.")
    public @NonNull SummitView markSummitHeld(@Name("input") @NonNull @Valid SummitVersionInput input) {
        return editing.markHeld(input);
    }

    @Mutation("deleteSummit")
    @RolesAllowed(Roles.ADMIN)
    @Description("Deletes a summit with its participants, statements and documents (admins only); returns its id.")
    public @NonNull @Id String deleteSummit(@Name("id") @Id @NonNull String id) {
        return editing.delete(id);
    }

    @Mutation("addParticipant")
    @Description("Lists a person among a summit's participants.")
    public @NonNull ParticipationView addParticipant(@Name("input") @NonNull @Valid AddParticipantInput input) {
        return editing.addParticipant(input);
    }

    @Mutation("removeParticipant")
    @RolesAllowed(Roles.ADMIN)
    @Description("Removes a person from a summit's participants (admins only).")
    public @NonNull SummitView removeParticipant(@Name("input") @NonNull @Valid RemoveParticipantInput input) {
        return editing.removeParticipant(input);
    }
}
