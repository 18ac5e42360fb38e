package org.summitgraph.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.summitgraph.support.Refusals.refused;
import static org.summitgraph.support.Tokens.EDITOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.junit.QuarkusTest;

/** createPerson and appointHolder. */
@QuarkusTest
class PersonEditingTest {

    @Inject Fixtures fixtures;

    @Test
    void createPersonMakesTheIdFromTheEnglishName() {
        String unique = Fixtures.unique();
        String source = fixtures.source();

        GraphQL.okWithHeaders("createPerson", EDITOR, "input", Inputs.of("name", "Émile Testov " + unique,
                "nameFr", "Émile Testov " + unique, "nameRu", "Эмиль Тестов", "country", "KG",
                "sources", List.of(source)))
                .body("data.createPerson.id", equalTo("emile-testov-" + unique))
                .body("data.createPerson.name", equalTo("Émile Testov " + unique))
                .body("data.createPerson.nameRu", equalTo("Эмиль Тестов"))
                .body("data.createPerson.country.code", equalTo("KG"))
                .body("data.createPerson.sources.id", contains(source));

        GraphQL.ok("editedPerson", "id", "emile-testov-" + unique)
                .body("data.person.name", equalTo("Émile Testov " + unique))
                .body("data.person.nameFr", equalTo("Émile Testov " + unique))
                .body("data.person.country.code", equalTo("KG"))
                .body("data.person.sources.id", contains(source))
                .body("data.person.positions", empty());
    }

    @Test
    void aNameThatIsTakenGetsASuffixAndAnExplicitIdIsKept() {
        String name = "Namesake " + Fixtures.unique();
        String base = name.toLowerCase().replace(' ', '-');
        String explicit = "test-" + Fixtures.unique();

        GraphQL.okWithHeaders("createPerson", EDITOR, "input", Inputs.of("name", name))
                .body("data.createPerson.id", equalTo(base))
                .body("data.createPerson.country", nullValue());
        GraphQL.okWithHeaders("createPerson", EDITOR, "input", Inputs.of("name", name))
                .body("data.createPerson.id", equalTo(base + "-2"));
        GraphQL.okWithHeaders("createPerson", EDITOR, "input", Inputs.of("name", name, "id", explicit))
                .body("data.createPerson.id", equalTo(explicit));

        GraphQL.ok("editedPerson", "id", base + "-2").body("data.person.name", equalTo(name));
        GraphQL.ok("editedPerson", "id", explicit).body("data.person.name", equalTo(name));
    }

    @Test
    void aTakenIdIsADuplicate() {
        String existing = fixtures.person(null);

        refused(GraphQL.send("createPerson", EDITOR, "input", Inputs.of("name", "Someone else", "id", existing)),
                "DUPLICATE").body("errors[0].message", containsString(existing));
        GraphQL.ok("editedPerson", "id", existing).body("data.person.name", equalTo("Test person " + existing));
    }

    @Test
    void createPersonRefusesUnknownStatesAndSources() {
        String id = "test-" + Fixtures.unique();

        refused(GraphQL.send("createPerson", EDITOR, "input", Inputs.of("name", "Nobody", "id", id, "country", "ZZ")),
                "NOT_FOUND");
        refused(GraphQL.send("createPerson", EDITOR, "input", Inputs.of("name", "Nobody", "id", id,
                "sources", List.of("no-such-source-" + Fixtures.unique()))), "NOT_FOUND");
        GraphQL.ok("editedPerson", "id", id).body("data.person", nullValue());
    }

    @Test
    void appointHolderToAPostInAnOrganization() {
        String organization = fixtures.organization("moscow");
        String person = fixtures.person("KZ");
        String source = fixtures.source();

        GraphQL.okWithHeaders("appointHolder", EDITOR, "input", Inputs.of("person", person,
                "kind", "SECRETARY_GENERAL", "title", "Secretary General", "titleFr", "Secrétaire général",
                "organization", organization, "start", "2020-01-01", "end", "2022-12-31", "acting", true,
                "sources", List.of(source)))
                .body("data.appointHolder.kind", equalTo("SECRETARY_GENERAL"))
                .body("data.appointHolder.title", equalTo("Secretary General"))
                .body("data.appointHolder.titleFr", equalTo("Secrétaire général"))
                .body("data.appointHolder.acting", equalTo(true))
                .body("data.appointHolder.organization.code", equalTo(organization))
                .body("data.appointHolder.country", nullValue())
                .body("data.appointHolder.start", equalTo("2020-01-01"))
                .body("data.appointHolder.end", equalTo("2022-12-31"))
                .body("data.appointHolder.sources.id", contains(source));

        GraphQL.ok("editedPerson", "id", person)
                .body("data.person.positions.kind", contains("SECRETARY_GENERAL"))
                .body("data.person.positions[0].organization.code", equalTo(organization))
                .body("data.person.positions[0].start", equalTo("2020-01-01"))
                .body("data.person.positions[0].end", equalTo("2022-12-31"))
                .body("data.person.positions[0].acting", equalTo(true))
                .body("data.person.positions[0].sources.id", contains(source));
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2021-06-01")
                .body("data.organization.secretaryGeneral.id", equalTo(person));
    }

    @Test
    void appointHolderToAPostOfAState() {
        String person = fixtures.person("KZ");
        // a kind of post of its own, so that the dataset's terms of the state do not interfere
        String kind = freshKind();

        GraphQL.okWithHeaders("appointHolder", EDITOR, "input", Inputs.of("person", person, "kind", kind,
                "title", "Envoy of Kazakhstan", "country", "KZ", "start", "2019-01-01", "end", "2019-12-31"))
                .body("data.appointHolder.kind", equalTo(kind))
                .body("data.appointHolder.country.code", equalTo("KZ"))
                .body("data.appointHolder.organization", nullValue())
                .body("data.appointHolder.acting", equalTo(false));
        GraphQL.ok("editedPerson", "id", person)
                .body("data.person.positions.kind", contains(kind))
                .body("data.person.positions[0].country.code", equalTo("KZ"))
                .body("data.person.positions[0].title", equalTo("Envoy of Kazakhstan"));
    }

    @Test
    void aTermWithoutEndIsOpenEnded() {
        String organization = fixtures.organization("moscow");
        String person = fixtures.person("KZ");

        GraphQL.okWithHeaders("appointHolder", EDITOR, "input", Inputs.of("person", person,
                "kind", "SECRETARY_GENERAL", "title", "Secretary General", "organization", organization,
                "start", "2025-01-01"))
                .body("data.appointHolder.end", nullValue());
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2026-06-15")
                .body("data.organization.secretaryGeneral.id", equalTo(person));
    }

    @Test
    void overlappingTermsOfOnePostAreRefused() {
        String organization = fixtures.organization("moscow");
        String holder = fixtures.officer(organization, "SECRETARY_GENERAL", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 12, 31));
        String candidate = fixtures.person("BY");
        Map<String, Object> input = Inputs.of("person", candidate, "kind", "SECRETARY_GENERAL",
                "title", "Secretary General", "organization", organization);

        // sharing the last day, and inside
        refused(GraphQL.send("appointHolder", EDITOR, "input",
                Inputs.with(input, "start", "2022-12-31", "end", "2025-12-31")), "OVERLAPPING_TERMS");
        refused(GraphQL.send("appointHolder", EDITOR, "input",
                Inputs.with(input, "start", "2021-01-01", "end", "2021-02-01")), "OVERLAPPING_TERMS");
        // another post of the same organization does not overlap it
        GraphQL.okWithHeaders("appointHolder", EDITOR, "input",
                Inputs.with(input, "kind", "DEPUTY_SECRETARY_GENERAL", "start", "2021-01-01", "end", "2021-02-01"));

        GraphQL.ok("editedPerson", "id", candidate).body("data.person.positions.kind",
                contains("DEPUTY_SECRETARY_GENERAL"));
        GraphQL.ok("editedOrganization", "code", organization, "asOf", "2021-01-15")
                .body("data.organization.secretaryGeneral.id", equalTo(holder));
    }

    @Test
    void anOpenEndedTermOverlappingAnotherIsRefused() {
        String organization = fixtures.organization("moscow");
        fixtures.officer(organization, "SECRETARY_GENERAL", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
        String candidate = fixtures.person("BY");

        refused(GraphQL.send("appointHolder", EDITOR, "input", Inputs.of("person", candidate,
                "kind", "SECRETARY_GENERAL", "title", "Secretary General", "organization", organization,
                "start", "2019-01-01")), "OVERLAPPING_TERMS");
        GraphQL.ok("editedPerson", "id", candidate).body("data.person.positions", empty());
    }

    @Test
    void aPostIsOfExactlyOneOrganizationOrState() {
        String organization = fixtures.organization("moscow");
        String person = fixtures.person("BY");
        Map<String, Object> input = Inputs.of("person", person, "kind", freshKind(), "title", "Envoy",
                "start", "2020-01-01", "end", "2020-12-31");

        refused(GraphQL.send("appointHolder", EDITOR, "input", input), "BAD_USER_INPUT");
        refused(GraphQL.send("appointHolder", EDITOR, "input",
                Inputs.with(input, "organization", organization, "country", "BY")), "BAD_USER_INPUT");
        GraphQL.ok("editedPerson", "id", person).body("data.person.positions", empty());
    }

    @Test
    void aTermEndingBeforeItStartsIsBadInput() {
        String organization = fixtures.organization("moscow");
        String person = fixtures.person("BY");

        refused(GraphQL.send("appointHolder", EDITOR, "input", Inputs.of("person", person,
                "kind", "SECRETARY_GENERAL", "title", "Secretary General", "organization", organization,
                "start", "2020-01-02", "end", "2020-01-01")), "BAD_USER_INPUT")
                .body("errors[0].message", containsString("end"));
        GraphQL.ok("editedPerson", "id", person).body("data.person.positions", empty());
    }

    @Test
    void appointHolderRefusesUnknownReferences() {
        String organization = fixtures.organization("moscow");
        String person = fixtures.person("BY");
        Map<String, Object> input = Inputs.of("person", person, "kind", "SECRETARY_GENERAL",
                "title", "Secretary General", "organization", organization, "start", "2020-01-01",
                "end", "2020-12-31");

        refused(GraphQL.send("appointHolder", EDITOR, "input",
                Inputs.with(input, "person", "no-such-person-" + Fixtures.unique())), "NOT_FOUND");
        refused(GraphQL.send("appointHolder", EDITOR, "input",
                Inputs.with(input, "organization", "NOSUCH" + Fixtures.unique().toUpperCase())), "NOT_FOUND");
        refused(GraphQL.send("appointHolder", EDITOR, "input",
                Inputs.with(input, "organization", null, "country", "ZZ")), "NOT_FOUND");
        refused(GraphQL.send("appointHolder", EDITOR, "input",
                Inputs.with(input, "sources", List.of("no-such-source-" + Fixtures.unique()))), "NOT_FOUND");
        GraphQL.ok("editedPerson", "id", person).body("data.person.positions", empty());
    }

    /** A kind of post no other test uses: capitals only, as the input requires. */
    private static String freshKind() {
        StringBuilder kind = new StringBuilder("ENVOY_");
        for (char c : Fixtures.unique().toCharArray()) {
            kind.append(Character.isDigit(c) ? (char) ('G' + (c - '0')) : Character.toUpperCase(c));
        }
        return kind.toString();
    }
}
