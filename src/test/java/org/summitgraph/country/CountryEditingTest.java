package org.summitgraph.country;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.EDITOR;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/** createCountry and createCity. */
@QuarkusTest
class CountryEditingTest {

    @Test
    void createCountryUnderAFreeCode() {
        String code = Fixtures.unusedCountryCode();

        GraphQL.okWithHeaders("createCountry", EDITOR, "input", Inputs.of("code", code, "name", "Testland",
                "nameFr", "Testlande", "nameRu", "Тестландия"))
                .body("data.createCountry.code", equalTo(code))
                .body("data.createCountry.name", equalTo("Testland"))
                .body("data.createCountry.nameFr", equalTo("Testlande"))
                .body("data.createCountry.nameRu", equalTo("Тестландия"));

        GraphQL.ok("editedCountry", "code", code)
                .body("data.country.name", equalTo("Testland"))
                .body("data.country.nameFr", equalTo("Testlande"))
                .body("data.country.nameRu", equalTo("Тестландия"))
                .body("data.country.headOfState", nullValue());
    }

    @Test
    void anExistingCodeIsADuplicate() {
        refused(GraphQL.send("createCountry", EDITOR, "input", Inputs.of("code", "RU", "name", "Not Russia")),
                "DUPLICATE").body("errors[0].message", containsString("RU"));
        GraphQL.ok("editedCountry", "code", "RU").body("data.country.name", equalTo("Russia"));
    }

    @Test
    void createCityMakesTheIdFromTheEnglishName() {
        String unique = Fixtures.unique();

        GraphQL.okWithHeaders("createCity", EDITOR, "input", Inputs.of("name", "Saint Testgrad " + unique,
                "nameFr", "Saint-Testgrad " + unique, "country", "KZ"))
                .body("data.createCity.id", equalTo("saint-testgrad-" + unique))
                .body("data.createCity.name", equalTo("Saint Testgrad " + unique))
                .body("data.createCity.nameFr", equalTo("Saint-Testgrad " + unique))
                .body("data.createCity.country.code", equalTo("KZ"));

        GraphQL.ok("editedNode", "id", "saint-testgrad-" + unique)
                .body("data.node.__typename", equalTo("City"))
                .body("data.node.name", equalTo("Saint Testgrad " + unique))
                .body("data.node.nameFr", equalTo("Saint-Testgrad " + unique))
                .body("data.node.country.code", equalTo("KZ"));
    }

    @Test
    void aNewCityCanHostASummitByItsEnglishName() {
        String name = "Testabad " + Fixtures.unique();
        String city = GraphQL.okWithHeaders("createCity", EDITOR, "input", Inputs.of("name", name, "country", "UZ"))
                .extract().path("data.createCity.id");
        String organization = GraphQL.okWithHeaders("createOrganization", EDITOR, "input", Inputs.of(
                "code", "C" + Fixtures.unique().toUpperCase(), "name", "City test organization", "acronym", "CTO"))
                .extract().path("data.createOrganization.code");

        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", "2027-06-01", "title", "In the new city", "city", name))
                .body("data.scheduleSummit.id", equalTo(organization.toLowerCase() + "-2027-06-01-" + city))
                .body("data.scheduleSummit.city.id", equalTo(city))
                .body("data.scheduleSummit.hostCountry.code", equalTo("UZ"));
    }

    @Test
    void aSecondCityOfTheSameNameGetsASuffixAndAnExplicitIdIsKept() {
        String name = "Twin Town " + Fixtures.unique();
        String base = name.toLowerCase().replace(' ', '-');
        String explicit = "test-city-" + Fixtures.unique();

        GraphQL.okWithHeaders("createCity", EDITOR, "input", Inputs.of("name", name, "country", "AM"))
                .body("data.createCity.id", equalTo(base));
        GraphQL.okWithHeaders("createCity", EDITOR, "input", Inputs.of("name", name, "country", "AZ"))
                .body("data.createCity.id", equalTo(base + "-2"));
        GraphQL.okWithHeaders("createCity", EDITOR, "input", Inputs.of("name", name, "country", "GE", "id", explicit))
                .body("data.createCity.id", equalTo(explicit));

        GraphQL.ok("editedNode", "id", base + "-2").body("data.node.country.code", equalTo("AZ"));
        GraphQL.ok("editedNode", "id", explicit).body("data.node.country.code", equalTo("GE"));
    }

    @Test
    void createCityRefusesATakenIdAndAnUnknownState() {
        String id = "test-city-" + Fixtures.unique();

        refused(GraphQL.send("createCity", EDITOR, "input", Inputs.of("name", "Anywhere", "country", "ZZ", "id", id)),
                "NOT_FOUND");
        GraphQL.ok("editedNode", "id", id).body("data.node", nullValue());

        refused(GraphQL.send("createCity", EDITOR, "input", Inputs.of("name", "Not Moscow", "country", "RU",
                "id", "moscow")), "DUPLICATE");
        GraphQL.ok("editedNode", "id", "moscow").body("data.node.name", equalTo("Moscow"));
    }
}
