package org.summitgraph.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.Paging;
import org.summitgraph.execution.ArgumentBatches;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.RequestLanguage;
import org.summitgraph.node.Node;
import org.summitgraph.organization.OrganizationView;
import org.summitgraph.source.SourceView;

@GraphQLApi
public class TimelineGraphQLApi {

    @Inject TimelineService timelines;
    @Inject RequestLanguage language;
    @Inject ArgumentBatches batches;

    @Name("timeline")
    @Description("Everything dated that happened to the organization, in one list: its milestones, its summits (by "
            + "status), the changes of its members' status, chairmanships beginning, Secretaries General taking office "
            + "and stagings of its exercises. Oldest first; entries of one day by kind, then by their subject's id. "
            + "`from` and `to` keep the entries dated between them (both included), `kinds` those of these kinds (all "
            + "when left out). A Relay cursor connection whose cursors stay valid when entries are added; `first` at "
            + "most the service's maximum page size (summit-graph.max-page-size).")
    public CompletionStage<@NonNull TimelineConnection> timeline(@Source OrganizationView organization,
            @Name("from") @Description("On or after this day.") LocalDate from,
            @Name("to") @Description("On or before this day.") LocalDate to,
            @Name("kinds") @Description("Only entries of these kinds; all when left out.") List<@NonNull TimelineKind> kinds,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last, @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Organization.timeline", organization.code(),
                new TimelineArguments(from, to, kinds == null ? null : Set.copyOf(kinds),
                        new PageArguments(first, after, last, before)),
                (codes, args) -> timelines.pagesOfOrganizations(codes, args.from(), args.to(), args.kinds(), args.page()));
    }

    @Name("text")
    @Description("What happened, in a few words, in `lang` (default: the request's language); a name missing in "
            + "that language is given in English.")
    public @NonNull String text(@Source TimelineEntryView entry, @Name("lang") Language lang) {
        return entry.texts().in(language.or(lang));
    }

    @Name("subject")
    @Description("What the entry is about: the organization for a milestone, the summit, the membership (with its "
            + "status as of the entry's date), the chairing state, the Secretary General, the exercise. Null only "
            + "when it was deleted since the entry was read.")
    public List<Node> subject(@Source List<TimelineEntryView> entries) {
        return timelines.subjects(entries);
    }

    @Name("sources")
    @Description("Documents that attest the record the entry comes from: the milestone, the summit, the change of "
            + "status, the chairmanship, the post, or the exercise's staging.")
    public List<@NonNull List<@NonNull SourceView>> sources(@Source List<TimelineEntryView> entries) {
        return timelines.sources(entries);
    }

    /** The arguments of a page of a timeline; the kinds as a set, so that their order makes no other batch. */
    private record TimelineArguments(LocalDate from, LocalDate to, Set<TimelineKind> kinds, PageArguments page) {
    }
}
