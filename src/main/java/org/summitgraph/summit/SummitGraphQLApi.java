package org.summitgraph.summit;

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
import org.summitgraph.country.CityView;
import org.summitgraph.country.CountryService;
import org.summitgraph.country.CountryView;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.Paging;
import org.summitgraph.execution.ArgumentBatches;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.RequestLanguage;
import org.summitgraph.organization.OrganizationService;
import org.summitgraph.organization.OrganizationView;
import org.summitgraph.person.PersonService;
import org.summitgraph.person.PersonView;
import org.summitgraph.source.SourceService;
import org.summitgraph.source.SourceView;
import org.summitgraph.statement.StatementView;
import org.summitgraph.time.Dates;

import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class SummitGraphQLApi {

    @Inject SummitService summits;
    @Inject OrganizationService organizations;
    @Inject CountryService countries;
    @Inject PersonService people;
    @Inject SourceService sources;
    @Inject RequestLanguage language;
    @Inject Dates dates;
    @Inject ArgumentBatches batches;
    @Inject Paging paging;

    @Query("summit")
    @Description("A summit by id, e.g. \"csto-2025-11-27-bishkek\"; null when unknown.")
    public SummitView summit(@Name("id") @Id @NonNull String id) {
        return summits.byId(id);
    }

    @Resolver
    @Description("Summits by id for a federation gateway (Query._entities), in the order given; null where unknown.")
    public List<SummitView> summitsById(@Name("id") @Id List<String> ids) {
        return summits.byIds(ids);
    }

    @Query("summits")
    @Description("Summits filtered by the arguments given (combined with AND), oldest first unless `orderBy` says "
            + "otherwise; `first` at most the service's maximum page size (summit-graph.max-page-size).")
    public @NonNull SummitConnection summits(@Name("organization") @Id String organization,
            @Name("year") Integer year, @Name("status") SummitStatus status,
            @Name("from") @Description("On or after this day.") LocalDate from,
            @Name("to") @Description("On or before this day.") LocalDate to,
            @Name("city") @Description("A city's id or its name in any language, e.g. \"bishkek\" or \"Bichkek\".") String city,
            @Name("hostCountry") @Id @Description("ISO code of the hosting state.") String hostCountry,
            @Name("participant") @Id @Description("Id of a person who took part.") String participant,
            @Name("participantCountry") @Id @Description("ISO code of a state represented.") String participantCountry,
            @Name("orderBy") @DefaultValue("DATE_ASC") SummitOrder orderBy,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last,
            @Name("before") @Description(Paging.BEFORE) String before) {
        return summits.page(new SummitFilter(organization, year, status, from, to, city, hostCountry, participant,
                participantCountry, orderBy == null ? SummitOrder.DATE_ASC : orderBy),
                new PageArguments(first, after, last, before));
    }

    @Query("nextMeeting")
    @Description("The organization's earliest summit dated on or after `asOf` (default: today) that is not "
            + "cancelled; null when none is known.")
    public SummitView nextMeeting(@Name("organization") @Id @NonNull String organization,
            @Name("asOf") LocalDate asOf) {
        return summits.nextMeetings(List.of(organization), dates.orToday(asOf)).get(0);
    }

    @Name("summits")
    @Description("The organization's summits, oldest first; `first` at most the service's maximum page size (summit-graph.max-page-size).")
    public CompletionStage<@NonNull SummitConnection> organizationSummits(@Source OrganizationView organization,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last,
            @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Organization.summits", organization.code(), new PageArguments(first, after, last, before),
                summits::pagesOfOrganizations);
    }

    @Name("nextMeeting")
    @Description("The organization's earliest summit dated on or after `asOf` (default: today) that is not "
            + "cancelled; null when none is known.")
    public CompletionStage<SummitView> organizationNextMeeting(@Source OrganizationView organization,
            @Name("asOf") LocalDate asOf) {
        return batches.load("Organization.nextMeeting", organization.code(), new AsOf(dates.orToday(asOf)),
                (codes, args) -> summits.nextMeetings(codes, args.asOf()));
    }

    @Name("summitsPerYear")
    @Description("For charts: how many of the organization's summits each year saw, by year; the counts add up to "
            + "its summits' totalCount.")
    public List<@NonNull List<@NonNull YearCount>> summitsPerYear(@Source List<OrganizationView> organizations) {
        return summits.summitsPerYear(organizations.stream().map(OrganizationView::code).toList());
    }

    @Name("summitsPerHostCountry")
    @Description("For charts: how many of the organization's summits each state hosted, most first.")
    public List<@NonNull List<@NonNull CountryCount>> summitsPerHostCountry(@Source List<OrganizationView> organizations) {
        return summits.summitsPerHostCountry(organizations.stream().map(OrganizationView::code).toList());
    }

    @Name("participationsPerCountry")
    @Description("For charts: how many seats at the organization's summits each state's representatives took, most "
            + "first.")
    public List<@NonNull List<@NonNull CountryCount>> participationsPerCountry(
            @Source List<OrganizationView> organizations) {
        return summits.participationsPerCountry(organizations.stream().map(OrganizationView::code).toList());
    }

    @Name("country")
    @Description("The state counted.")
    public List<@NonNull CountryView> countedCountry(@Source List<CountryCount> counts) {
        return countries.byCodes(counts.stream().map(CountryCount::countryCode).toList());
    }

    @Name("organization")
    @Description("The organization that met.")
    public List<@NonNull OrganizationView> organization(@Source List<SummitView> summits) {
        return organizations.byCodes(summits.stream().map(SummitView::organizationCode).toList());
    }

    @Name("title")
    @Description("Title in `lang` (default: the request's language), falling back to English.")
    public @NonNull String title(@Source SummitView summit, @Name("lang") Language lang) {
        return summit.titles().in(language.or(lang));
    }

    @Name("venue")
    @Description("Building or residence where it met, in `lang`; null when unknown or online.")
    public String venue(@Source SummitView summit, @Name("lang") Language lang) {
        return summit.venues() == null ? null : summit.venues().in(language.or(lang));
    }

    @Name("note")
    @Description("Remarks on the summit (absences, disputed facts) in `lang`; null when none.")
    public String note(@Source SummitView summit, @Name("lang") Language lang) {
        return summit.notes() == null ? null : summit.notes().in(language.or(lang));
    }

    @Name("city")
    @Description("Where it met; null for a videoconference.")
    public List<CityView> city(@Source List<SummitView> summits) {
        return countries.citiesByIds(summits.stream().map(SummitView::cityId).toList());
    }

    @Name("hostCountry")
    @Description("The hosting state.")
    public List<CountryView> hostCountry(@Source List<SummitView> summits) {
        return countries.byCodes(summits.stream().map(SummitView::hostCountryCode).toList());
    }

    @Name("chair")
    @Description("The state chairing the organization on the day of the summit.")
    public List<CountryView> chair(@Source List<SummitView> summits) {
        return organizations.chairsAt(summits.stream().map(SummitView::organizationCode).toList(),
                summits.stream().map(SummitView::date).toList());
    }

    @Name("participants")
    @Description("Who took part, and whom they represented.")
    public List<@NonNull List<@NonNull ParticipationView>> participants(@Source List<SummitView> summits) {
        return this.summits.participationsBySummit(ids(summits));
    }

    @Name("participantsConnection")
    @Description("Who took part, as `participants`, paged (Relay cursor connection; cursors are positions in the list).")
    public CompletionStage<@NonNull ParticipationConnection> participantsConnection(@Source SummitView summit,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last, @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Summit.participantsConnection", summit.id(), new PageArguments(first, after, last, before),
                (ids, page) -> summits.participationsBySummit(ids).stream()
                        .map(all -> ParticipationConnection.of(paging.slice(all, page, "summit-participants"), all.size()))
                        .toList());
    }

    @Name("nextMeeting")
    @Description("The next meeting announced at this summit, if any.")
    public List<SummitView> announcedNextMeeting(@Source List<SummitView> summits) {
        return this.summits.byIds(summits.stream().map(SummitView::nextMeetingId).toList());
    }

    @Name("sources")
    @Description("Documents that report the summit.")
    public List<@NonNull List<@NonNull SourceView>> summitSources(@Source List<SummitView> summits) {
        return sources.sourcesOf(Summit.class, ids(summits));
    }

    @Name("summit")
    @Description("The summit attended.")
    public List<@NonNull SummitView> participationSummit(@Source List<ParticipationView> participations) {
        return summits.byIds(participations.stream().map(ParticipationView::summitId).toList());
    }

    @Name("person")
    @Description("Who took part.")
    public List<@NonNull PersonView> participationPerson(@Source List<ParticipationView> participations) {
        return people.byIds(participations.stream().map(ParticipationView::personId).toList());
    }

    @Name("country")
    @Description("The state the person represented; null for an organization's own officials.")
    public List<CountryView> participationCountry(@Source List<ParticipationView> participations) {
        return countries.byCodes(participations.stream().map(ParticipationView::countryCode).toList());
    }

    @Name("sources")
    @Description("Documents that report the person's presence. Sources may disagree; each keeps its own.")
    public List<@NonNull List<@NonNull SourceView>> participationSources(@Source List<ParticipationView> participations) {
        return sources.sourcesOf(Participation.class, participations.stream().map(ParticipationView::id).toList());
    }

    @Name("participations")
    @Description("Summits the person took part in, oldest first.")
    public List<@NonNull List<@NonNull ParticipationView>> personParticipations(@Source List<PersonView> persons) {
        return summits.participationsByPerson(persons.stream().map(PersonView::id).toList());
    }

    @Name("participationsConnection")
    @Description("Summits the person took part in, as `participations`, paged (Relay cursor connection; cursors are "
            + "positions in the list).")
    public CompletionStage<@NonNull ParticipationConnection> personParticipationsConnection(@Source PersonView person,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last, @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Person.participationsConnection", person.id(), new PageArguments(first, after, last, before),
                (ids, page) -> summits.participationsByPerson(ids).stream()
                        .map(all -> ParticipationConnection.of(paging.slice(all, page, "person-participations"), all.size()))
                        .toList());
    }

    private static List<String> ids(List<SummitView> summits) {
        return summits.stream().map(SummitView::id).toList();
    }

    private static List<Long> statementIds(List<StatementView> statements) {
        return statements.stream().map(StatementView::pk).toList();
    }

    /** The arguments of the fields that answer for one date. */
    private record AsOf(LocalDate asOf) {
    }
}
