package org.summitgraph.person;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.summitgraph.country.CountryService;
import org.summitgraph.country.CountryView;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.Paging;
import org.summitgraph.execution.ArgumentBatches;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.RequestLanguage;
import org.summitgraph.organization.OrganizationService;
import org.summitgraph.organization.OrganizationView;
import org.summitgraph.source.SourceService;
import org.summitgraph.source.SourceView;
import org.summitgraph.time.Dates;

import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class PersonGraphQLApi {

    @Inject PersonService people;
    @Inject CountryService countries;
    @Inject OrganizationService organizations;
    @Inject SourceService sources;
    @Inject RequestLanguage language;
    @Inject Dates dates;
    @Inject ArgumentBatches batches;

    @Query("person")
    @Description("A person by id, e.g. \"vladimir-putin\"; null when unknown.")
    public PersonView person(@Name("id") @Id @NonNull String id) {
        return people.byId(id);
    }

    @Resolver
    @Description("People by id for a federation gateway (Query._entities), in the order given; null where unknown.")
    public List<PersonView> peopleById(@Name("id") @Id List<String> ids) {
        return people.byIds(ids);
    }

    @Query("people")
    @Description("People ordered by id, filtered by the arguments given (combined with AND); `first` at most the service's maximum page size (summit-graph.max-page-size).")
    public @NonNull PersonConnection people(@Name("country") @Id @Description("ISO code of their state.") String country,
            @Name("position") @Description("A kind of post they held, e.g. SECRETARY_GENERAL or HEAD_OF_STATE.") String position,
            @Name("organization") @Id @Description("Code of an organization they held a post in or met at a summit of; "
                    + "with `position`, that post in that organization.") String organization,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last,
            @Name("before") @Description(Paging.BEFORE) String before) {
        return people.page(country, position, organization, new PageArguments(first, after, last, before));
    }

    @Name("name")
    @Description("Full name in `lang` (default: the request's language), falling back to English.")
    public @NonNull String name(@Source PersonView person, @Name("lang") Language lang) {
        return person.names().in(language.or(lang));
    }

    @Name("country")
    @Description("The person's state, when known.")
    public List<CountryView> country(@Source List<PersonView> persons) {
        return countries.byCodes(persons.stream().map(PersonView::countryCode).toList());
    }

    @Name("sources")
    @Description("Documents that name the person.")
    public List<@NonNull List<@NonNull SourceView>> personSources(@Source List<PersonView> persons) {
        return sources.sourcesOf(Person.class, persons.stream().map(PersonView::id).toList());
    }

    @Name("positions")
    @Description("Every post the person held, oldest first; with `asOf`, only the posts held on that date.")
    public CompletionStage<@NonNull List<@NonNull PositionView>> positions(@Source PersonView person,
            @Name("asOf") LocalDate asOf) {
        return batches.load("Person.positions", person.id(), new AsOf(asOf),
                (ids, args) -> people.positions(ids, args.asOf()));
    }

    @Name("headOfState")
    @Description("Who was head of the state on `asOf` (default: today); null when unknown.")
    public CompletionStage<PersonView> headOfState(@Source CountryView country, @Name("asOf") LocalDate asOf) {
        return batches.load("Country.headOfState", country.code(), new AsOf(dates.orToday(asOf)),
                (codes, args) -> people.holdersInCountries(codes, Position.HEAD_OF_STATE, args.asOf()));
    }

    @Name("title")
    @Description("Title of the post in `lang`, e.g. \"President of Russia\", falling back to English.")
    public @NonNull String title(@Source PositionView position, @Name("lang") Language lang) {
        return position.titles().in(language.or(lang));
    }

    @Name("note")
    @Description("Remarks on the post's dates or sources in `lang`, falling back to English; null when none.")
    public String note(@Source PositionView position, @Name("lang") Language lang) {
        return position.notes() == null ? null : position.notes().in(language.or(lang));
    }

    @Name("organization")
    @Description("The organization, for a post in an organization.")
    public List<OrganizationView> positionOrganization(@Source List<PositionView> positions) {
        return organizations.byCodes(positions.stream().map(PositionView::organizationCode).toList());
    }

    @Name("country")
    @Description("The state, for a post of a state.")
    public List<CountryView> positionCountry(@Source List<PositionView> positions) {
        return countries.byCodes(positions.stream().map(PositionView::countryCode).toList());
    }

    @Name("sources")
    @Description("Documents that attest the post and its dates.")
    public List<@NonNull List<@NonNull SourceView>> positionSources(@Source List<PositionView> positions) {
        return sources.sourcesOf(Position.class, positions.stream().map(PositionView::id).toList());
    }

    @Name("secretaryGeneral")
    @Description("Who was Secretary General (or acting) of the organization on `asOf` (default: today); "
            + "null when unknown.")
    public CompletionStage<PersonView> secretaryGeneral(@Source OrganizationView organization,
            @Name("asOf") LocalDate asOf) {
        return batches.load("Organization.secretaryGeneral", organization.code(), new AsOf(dates.orToday(asOf)),
                (codes, args) -> people.holdersInOrganizations(codes, Position.SECRETARY_GENERAL, args.asOf()));
    }

    /** The arguments of the fields that answer for one date (for positions, none: every post). */
    private record AsOf(LocalDate asOf) {
    }
}
