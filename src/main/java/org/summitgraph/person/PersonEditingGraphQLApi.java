package org.summitgraph.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.person.PersonInputs.AppointHolderInput;
import org.summitgraph.person.PersonInputs.CreatePersonInput;
import org.summitgraph.security.Roles;

/** Mutations of people and their posts, for editors and admins. */
@GraphQLApi
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class PersonEditingGraphQLApi {

    @Inject PersonEditing editing;

    @Mutation("createPerson")
    @Description("Creates a person under a readable id.")
    public @NonNull PersonView createPerson(@Name("input") @NonNull @Valid CreatePersonInput input) {
        return editing.create(input);
    }

    @Mutation("appointHolder")
    @Description("Appoints a person to a post (Secretary General of an organization, head of a state...) for a tenure "
            + "that overlaps no other tenure of the same post.")
    public @NonNull PositionView appointHolder(@Name("input") @NonNull @Valid AppointHolderInput input) {
        return editing.appointHolder(input);
    }
}
