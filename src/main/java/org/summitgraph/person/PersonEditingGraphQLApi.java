package org.summitgraph.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.security.Roles;
import org.summitgraph.person.PersonInputs.AppointHolderInput;
import org.summitgraph.person.PersonInputs.CreatePersonInput;

/** Mutations of people and their posts, for editors and admins. */
@GraphQLApi
public class PersonEditingGraphQLApi {

    private final PersonEditing editing;

    PersonEditingGraphQLApi(PersonEditing editing) {
        this.editing = editing;
    }

    @Mutation("createPerson")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Creates a person under a readable id.")
    public @NonNull PersonView createPerson(@Name("input") @NonNull @Valid CreatePersonInput input) {
        return editing.create(input);
    }

    @Mutation("appointHolder")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Appoints a person to a post (Secretary General of an organization, head of a state...) for a tenure "
            + "that overlaps no other tenure of the same post.")
    public @NonNull PositionView appointHolder(@Name("input") @NonNull @Valid AppointHolderInput input) {
        return editing.appointHolder(input);
    }
}
