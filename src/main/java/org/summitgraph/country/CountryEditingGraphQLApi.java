package org.summitgraph.country;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.audit.AuditService;
import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.data.Lookup;
import org.summitgraph.data.NodeIds;
import org.summitgraph.security.Roles;
import org.summitgraph.country.CountryInputs.CreateCityInput;
import org.summitgraph.country.CountryInputs.CreateCountryInput;

/** Mutations creating states and cities, for editors and admins; each one transaction. */
@GraphQLApi
public class CountryEditingGraphQLApi {

    private final EntityManager em;
    private final CountryService countries;
    private final AuditService audit;

    CountryEditingGraphQLApi(EntityManager em, CountryService countries, AuditService audit) {
        this.em = em;
        this.countries = countries;
        this.audit = audit;
    }

    @Mutation("createCountry")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Transactional
    @Description("Creates a state under its ISO code.")
    public @NonNull CountryView createCountry(@Name("input") @NonNull @Valid CreateCountryInput input) {
        if (Country.findById(input.code()) != null) {
            throw new ApiException(ErrorCode.DUPLICATE, "The country " + input.code() + " already exists");
        }
        Country country = new Country();
        country.code = input.code();
        country.name = new LocalizedText(input.name(), input.nameFr(), input.nameRu());
        country.persist();
        em.flush();
        audit.record("createCountry", input);
        return countries.byCode(input.code());
    }

    @Mutation("createCity")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Transactional
    @Description("Creates a city.")
    public @NonNull CityView createCity(@Name("input") @NonNull @Valid CreateCityInput input) {
        City city = new City();
        city.id = input.id() != null ? NodeIds.free(em, input.id()) : NodeIds.freeVariant(em, input.name());
        city.country = Lookup.require(Country.class, input.country(), "country");
        city.name = new LocalizedText(input.name(), input.nameFr(), input.nameRu());
        city.persist();
        em.flush();
        audit.record("createCity", input);
        return countries.citiesByIds(List.of(city.id)).get(0);
    }
}
