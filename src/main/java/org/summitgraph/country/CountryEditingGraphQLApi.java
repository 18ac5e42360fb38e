package org.summitgraph.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.country.CountryInputs.CreateCityInput;
import org.summitgraph.country.CountryInputs.CreateCountryInput;
import org.summitgraph.security.Roles;

/** Mutations creating states and cities, for editors and admins. */
@GraphQLApi
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class CountryEditingGraphQLApi {

    @Inject CountryEditing editing;

    @Mutation("createCountry")
    @Description("Creates a state under its ISO code.")
    public @NonNull CountryView createCountry(@Name("input") @NonNull @Valid CreateCountryInput input) {
        return editing.createCountry(input);
    }

    @Mutation("createCity")
    @Description("Creates a city.")
    public @NonNull CityView createCity(@Name("input") @NonNull @Valid CreateCityInput input) {
        return editing.createCity(input);
    }
}
