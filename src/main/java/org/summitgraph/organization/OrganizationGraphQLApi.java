package org.summitgraph.organization;

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
import org.summitgraph.source.SourceService;
import org.summitgraph.source.SourceView;
import org.summitgraph.time.Dates;

import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class OrganizationGraphQLApi {

    @Inject OrganizationService organizations;
    @Inject CountryService countries;
    @Inject SourceService sources;
    @Inject RequestLanguage language;
    @Inject Dates dates;
    @Inject ArgumentBatches batches;
    @Inject Paging paging;

    @Query("organizations")
    @Description("Every known organization, by code.")
    public @NonNull List<@NonNull OrganizationView> organizations() {
        return organizations.all();
    }

    @Query("organization")
    @Description("An organization by its code, e.g. \"CSTO\"; null when unknown.")
    public OrganizationView organization(@Name("code") @Id @NonNull String code) {
        return organizations.byCode(code);
    }

    @Resolver
    @Description("Organizations by id (\"csto\") for a federation gateway (Query._entities), in the order given; "
            + "null where unknown.")
    public List<OrganizationView> organizationsById(@Name("id") @Id List<String> ids) {
        return organizations.byNodeIds(ids);
    }

    @Resolver
    @Description("Organizations by code (\"CSTO\") for a federation gateway (Query._entities), in the order given; "
            + "null where unknown.")
    public List<OrganizationView> organizationsByCode(@Name("code") @Id List<String> codes) {
        return organizations.byCodes(codes);
    }

    @Name("name")
    @Description("Full name in `lang` (default: the request's language), falling back to English.")
    public @NonNull String name(@Source OrganizationView organization, @Name("lang") Language lang) {
        return organization.names().in(language.or(lang));
    }

    @Name("acronym")
    @Description("Acronym in `lang`, e.g. CSTO in English, OTSC in French, ОДКБ in Russian.")
    public @NonNull String acronym(@Source OrganizationView organization, @Name("lang") Language lang) {
        return organization.acronyms().in(language.or(lang));
    }

    @Name("headquarters")
    @Description("The city where the organization has its seat.")
    public List<CityView> headquarters(@Source List<OrganizationView> organizations) {
        return countries.citiesByIds(organizations.stream().map(OrganizationView::headquartersCityId).toList());
    }

    @Name("memberships")
    @Description("One entry per state that had joined by `asOf` (default: today), with its status on that date, "
            + "suspended and withdrawn ones included unless `status` filters them.")
    public CompletionStage<@NonNull List<@NonNull MembershipView>> memberships(@Source OrganizationView organization,
            @Name("asOf") LocalDate asOf, @Name("status") MembershipStatus status) {
        return batches.load("Organization.memberships", organization.code(), new AsOfStatus(dates.orToday(asOf), status),
                (codes, args) -> organizations.membershipsOfOrganizations(codes, args.asOf(), args.status()));
    }

    @Name("membershipsConnection")
    @Description("The memberships as `memberships` gives them, paged (Relay cursor connection; cursors are positions "
            + "in the list).")
    public CompletionStage<@NonNull MembershipConnection> membershipsConnection(@Source OrganizationView organization,
            @Name("asOf") LocalDate asOf, @Name("status") MembershipStatus status,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last, @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Organization.membershipsConnection", organization.code(),
                new AsOfStatusPage(dates.orToday(asOf), status, new PageArguments(first, after, last, before)),
                (codes, args) -> organizations.membershipsOfOrganizations(codes, args.asOf(), args.status()).stream()
                        .map(all -> MembershipConnection.of(paging.slice(all, args.page(), "organization-memberships"),
                                all.size()))
                        .toList());
    }

    @Name("memberCount")
    @Description("How many states had `status` on `asOf` (default: today); without `status`, how many had joined.")
    public CompletionStage<@NonNull Integer> memberCount(@Source OrganizationView organization, @Name("asOf") LocalDate asOf,
            @Name("status") MembershipStatus status) {
        return batches.load("Organization.memberCount", organization.code(), new AsOfStatus(dates.orToday(asOf), status),
                (codes, args) -> organizations.membershipsOfOrganizations(codes, args.asOf(), args.status())
                        .stream().map(List::size).toList());
    }

    @Name("membersByStatus")
    @Description("For charts: how many states had each status on `asOf` (default: today); the counts add up to "
            + "the memberships listed for that date.")
    public CompletionStage<@NonNull List<@NonNull StatusCount>> membersByStatus(@Source OrganizationView organization,
            @Name("asOf") LocalDate asOf) {
        return batches.load("Organization.membersByStatus", organization.code(), new AsOf(dates.orToday(asOf)),
                (codes, args) -> organizations.membersByStatus(codes, args.asOf()));
    }

    @Name("chair")
    @Description("The state chairing the organization on `asOf` (default: today); null when unknown.")
    public CompletionStage<CountryView> chair(@Source OrganizationView organization, @Name("asOf") LocalDate asOf) {
        return batches.load("Organization.chair", organization.code(), new AsOf(dates.orToday(asOf)),
                (codes, args) -> organizations.chairs(codes, args.asOf()));
    }

    @Name("chairmanships")
    @Description("Every known chairmanship of the organization, oldest first.")
    public List<@NonNull List<@NonNull ChairmanshipView>> chairmanships(@Source List<OrganizationView> organizations) {
        return this.organizations.chairmanships(codes(organizations));
    }

    @Name("country")
    @Description("The chairing state.")
    public List<@NonNull CountryView> chairmanshipCountry(@Source List<ChairmanshipView> chairmanships) {
        return countries.byCodes(chairmanships.stream().map(ChairmanshipView::countryCode).toList());
    }

    @Name("sources")
    @Description("Documents that attest the chairmanship.")
    public List<@NonNull List<@NonNull SourceView>> chairmanshipSources(@Source List<ChairmanshipView> chairmanships) {
        return sources.sourcesOf(Chairmanship.class, chairmanships.stream().map(ChairmanshipView::id).toList());
    }

    @Name("milestones")
    @Description("Dated landmarks of the organization (treaty, charter, observer status), oldest first.")
    public List<@NonNull List<@NonNull MilestoneView>> milestones(@Source List<OrganizationView> organizations) {
        return this.organizations.milestones(codes(organizations));
    }

    @Name("memberships")
    @Description("The state's memberships of organizations, with their status on `asOf` (default: today).")
    public CompletionStage<@NonNull List<@NonNull MembershipView>> countryMemberships(@Source CountryView country,
            @Name("asOf") LocalDate asOf) {
        return batches.load("Country.memberships", country.code(), new AsOf(dates.orToday(asOf)),
                (codes, args) -> organizations.membershipsOfCountries(codes, args.asOf()));
    }

    @Name("organization")
    @Description("The organization.")
    public List<@NonNull OrganizationView> membershipOrganization(@Source List<MembershipView> memberships) {
        return organizations.byCodes(memberships.stream().map(MembershipView::organizationCode).toList());
    }

    @Name("country")
    @Description("The member state.")
    public List<@NonNull CountryView> membershipCountry(@Source List<MembershipView> memberships) {
        return countries.byCodes(memberships.stream().map(MembershipView::countryCode).toList());
    }

    @Name("history")
    @Description("Every change of the membership's status, oldest first.")
    public List<@NonNull List<@NonNull MembershipChangeView>> history(@Source List<MembershipView> memberships) {
        return organizations.histories(memberships.stream().map(MembershipView::membershipId).toList());
    }

    @Name("historyConnection")
    @Description("Every change of the membership's status, as `history`, paged (Relay cursor connection; cursors are "
            + "positions in the list).")
    public CompletionStage<@NonNull MembershipChangeConnection> historyConnection(@Source MembershipView membership,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last, @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Membership.historyConnection", membership.membershipId(), new HistoryPage(new PageArguments(first, after, last, before)),
                (ids, args) -> organizations.histories(ids).stream()
                        .map(all -> MembershipChangeConnection.of(paging.slice(all, args.page(), "membership-history"),
                                all.size()))
                        .toList());
    }

    @Name("note")
    @Description("Context of the change in `lang`, falling back to English; null when there is none.")
    public String note(@Source MembershipChangeView change, @Name("lang") Language lang) {
        return change.notes() == null ? null : change.notes().in(language.or(lang));
    }

    @Name("sources")
    @Description("Documents that attest the change.")
    public List<@NonNull List<@NonNull SourceView>> changeSources(@Source List<MembershipChangeView> changes) {
        return sources.sourcesOf(MembershipChange.class, changes.stream().map(MembershipChangeView::id).toList());
    }

    @Name("description")
    @Description("What happened, in `lang`, falling back to English.")
    public @NonNull String description(@Source MilestoneView milestone, @Name("lang") Language lang) {
        return milestone.descriptions().in(language.or(lang));
    }

    @Name("city")
    @Description("Where it happened, when known.")
    public List<CityView> milestoneCity(@Source List<MilestoneView> milestones) {
        return countries.citiesByIds(milestones.stream().map(MilestoneView::cityId).toList());
    }

    @Name("sources")
    @Description("Documents that attest the milestone.")
    public List<@NonNull List<@NonNull SourceView>> milestoneSources(@Source List<MilestoneView> milestones) {
        return sources.sourcesOf(OrganizationMilestone.class, milestones.stream().map(MilestoneView::id).toList());
    }

    @Name("sources")
    @Description("Documents that attest the organization's names and seat.")
    public List<@NonNull List<@NonNull SourceView>> organizationSources(@Source List<OrganizationView> organizations) {
        return sources.sourcesOf(Organization.class, codes(organizations));
    }

    private static List<String> codes(List<OrganizationView> organizations) {
        return organizations.stream().map(OrganizationView::code).toList();
    }

    /** The arguments of the fields that answer for one date. */
    private record AsOf(LocalDate asOf) {
    }

    /** The arguments of the membership fields: a date and an optional status. */
    private record AsOfStatus(LocalDate asOf, MembershipStatus status) {
    }

    /** The arguments of a page of an organization's memberships. */
    private record AsOfStatusPage(LocalDate asOf, MembershipStatus status, PageArguments page) {
    }

    /** The arguments of a page of a membership's history. */
    private record HistoryPage(PageArguments page) {
    }
}
