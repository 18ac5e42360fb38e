package org.summitgraph.country;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.summitgraph.audit.AuditService;
import org.summitgraph.country.CountryInputs.CreateCityInput;
import org.summitgraph.country.CountryInputs.CreateCountryInput;
import org.summitgraph.data.Lookup;
import org.summitgraph.data.NodeIds;
import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.i18n.LocalizedText;

/** Creation of states and cities, one transaction each. */
@ApplicationScoped
public class CountryEditing {

    @Inject EntityManager em;
    @Inject CountryService countries;
    @Inject AuditService audit;

    @Transactional
    public CountryView createCountry(CreateCountryInput input) {
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

    @Transactional
    public CityView createCity(CreateCityInput input) {
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
