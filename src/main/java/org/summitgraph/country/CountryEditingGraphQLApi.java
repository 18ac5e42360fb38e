package org.summitgraph.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.security.Roles;
import org.summitgraph.country.CountryInputs.CreateCityInput;
import org.summitgraph.country.CountryInputs.CreateCountryInput;

/** Mutations creating states and cities, for editors and admins. */
@GraphQLApi
public class CountryEditingGraphQLApi {

    private final CountryEditing editing;

    CountryEditingGraphQLApi(CountryEditing editing) {
        this.editing = editing;
    }

    @Mutation("createCountry")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Creates a state under its ISO code.")
    public @NonNull CountryView createCountry(@Name("input") @NonNull @Valid CreateCountryInput input) {
        return editing.createCountry(input);
    }

    @Mutation("createCity")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Description("Creates a city.")
    public @NonNull CityView createCity(@Name("input") @NonNull @Valid CreateCityInput input) {
        return editing.createCity(input);
    }
}
