package org.summitgraph.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.organization.OrganizationInputs.ChairmanshipInput;
import org.summitgraph.organization.OrganizationInputs.CreateOrganizationInput;
import org.summitgraph.organization.OrganizationInputs.MembershipChangeInput;
import org.summitgraph.security.Roles;

/** Mutations of organizations, memberships and chairmanships, for editors and admins. */
@GraphQLApi
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class OrganizationEditingGraphQLApi {

    @Inject OrganizationEditing editing;

    @Mutation("changeMembershipStatus")
    @Description("Records a change of a state's membership status: later than its latest change, and to another "
            + "status; a state joins with ACTIVE. Returns the membership as of the change.")
    public @NonNull MembershipView changeMembershipStatus(@Name("input") @NonNull @Valid MembershipChangeInput input) {
        return editing.changeMembershipStatus(input);
    }

    @Mutation("setChairmanship")
    @Description("Records which state chairs an organization over a period that overlaps no other chairmanship.")
    public @NonNull ChairmanshipView setChairmanship(@Name("input") @NonNull @Valid ChairmanshipInput input) {
        return editing.setChairmanship(input);
    }

    @Mutation("createOrganization")
    @Description("Creates an organization.")
    public @NonNull OrganizationView createOrganization(@Name("input") @NonNull @Valid CreateOrganizationInput input) {
        return editing.create(input);
    }
}
