package org.summitgraph.country;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.RequestLanguage;

import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class CountryGraphQLApi {

    @Inject CountryService countries;
    @Inject RequestLanguage language;

    @Query("countries")
    @Description("Every known state, by ISO code.")
    public @NonNull List<@NonNull CountryView> countries() {
        return countries.all();
    }

    @Query("country")
    @Description("A state by its ISO 3166-1 alpha-2 code, e.g. \"KG\"; null when unknown.")
    public CountryView country(@Name("code") @Id @NonNull String code) {
        return countries.byCode(code);
    }

    @Resolver
    @Description("States by id (\"country-kg\") for a federation gateway (Query._entities), in the order given; "
            + "null where unknown.")
    public List<CountryView> countriesById(@Name("id") @Id List<String> ids) {
        return countries.byNodeIds(ids);
    }

    @Resolver
    @Description("States by ISO code (\"KG\") for a federation gateway (Query._entities), in the order given; "
            + "null where unknown.")
    public List<CountryView> countriesByCode(@Name("code") @Id List<String> codes) {
        return countries.byCodes(codes);
    }

    @Name("name")
    @Description("Name of the state in `lang` (default: the request's language), falling back to English.")
    public @NonNull String name(@Source CountryView country, @Name("lang") Language lang) {
        return country.names().in(language.or(lang));
    }

    @Name("name")
    @Description("Name of the city in `lang` (default: the request's language), falling back to English.")
    public @NonNull String cityName(@Source CityView city, @Name("lang") Language lang) {
        return city.names().in(language.or(lang));
    }

    @Name("country")
    @Description("The state the city is in.")
    public List<@NonNull CountryView> cityCountry(@Source List<CityView> cities) {
        return countries.byCodes(cities.stream().map(CityView::countryCode).toList());
    }
}
