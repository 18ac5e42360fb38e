package org.summitgraph.statement;

import java.util.List;
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
import org.summitgraph.person.PersonService;
import org.summitgraph.person.PersonView;
import org.summitgraph.source.SourceService;
import org.summitgraph.source.SourceView;
import org.summitgraph.summit.SummitService;
import org.summitgraph.summit.SummitView;

/**
 * The fields of statements, and the fields that lead to them (a summit's, a person's); with them the
 * links a statement holds (its speaker, its summit), as every field lives with the feature whose table
 * holds the link it follows.
 */
@GraphQLApi
public class StatementGraphQLApi {

    @Inject PersonService people;
    @Inject SummitService summits;
    @Inject StatementService statements;
    @Inject SourceService sources;
    @Inject RequestLanguage language;
    @Inject ArgumentBatches batches;
    @Inject Paging paging;

    @Name("statements")
    @Description("What the speakers said, in the order they were reported.")
    public List<@NonNull List<@NonNull StatementView>> summitStatements(@Source List<SummitView> summits) {
        return statements.bySummit(summits.stream().map(SummitView::id).toList());
    }

    @Name("statementsConnection")
    @Description("What the speakers said, as `statements`, paged (Relay cursor connection; cursors are positions in "
            + "the list).")
    public CompletionStage<@NonNull StatementConnection> summitStatementsConnection(@Source SummitView summit,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last, @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Summit.statementsConnection", summit.id(), new PageArguments(first, after, last, before),
                (ids, page) -> statements.bySummit(ids).stream()
                        .map(all -> StatementConnection.of(paging.slice(all, page, "summit-statements"), all.size()))
                        .toList());
    }

    @Name("statements")
    @Description("What the person said at summits, oldest first.")
    public List<@NonNull List<@NonNull StatementView>> personStatements(@Source List<PersonView> persons) {
        return statements.bySpeaker(persons.stream().map(PersonView::id).toList());
    }

    @Name("statementsConnection")
    @Description("What the person said at summits, as `statements`, paged (Relay cursor connection; cursors are "
            + "positions in the list).")
    public CompletionStage<@NonNull StatementConnection> personStatementsConnection(@Source PersonView person,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last, @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Person.statementsConnection", person.id(), new PageArguments(first, after, last, before),
                (ids, page) -> statements.bySpeaker(ids).stream()
                        .map(all -> StatementConnection.of(paging.slice(all, page, "person-statements"), all.size()))
                        .toList());
    }

    @Name("summary")
    @Description("Summary of what was said, in `lang`, falling back to English.")
    public @NonNull String summary(@Source StatementView statement, @Name("lang") Language lang) {
        return statement.summaries().in(language.or(lang));
    }

    @Name("quotes")
    @Description("Verbatim quotes as reported (in French for a French source), or their translation in `lang`; "
            + "each falls back to English. `quoteTexts` tells which texts are verbatim.")
    public CompletionStage<@NonNull List<@NonNull String>> quotes(@Source StatementView statement,
            @Name("lang") Language lang) {
        return batches.load("Statement.quotes", statement.pk(), new Lang(language.or(lang)),
                (ids, args) -> statements.quotes(ids, args.lang()));
    }

    @Name("quoteTexts")
    @Description("The quotes of `quotes(lang)`, in the same order, each with the language of its text and whether "
            + "that text is verbatim as the source reported it or a translation made by Summit Graph.")
    public CompletionStage<@NonNull List<@NonNull QuoteText>> quoteTexts(@Source StatementView statement,
            @Name("lang") Language lang) {
        return batches.load("Statement.quoteTexts", statement.pk(), new Lang(language.or(lang)),
                (ids, args) -> statements.quoteTexts(ids, args.lang()));
    }

    @Name("proposals")
    @Description("Proposals the speaker made, in `lang`, falling back to English.")
    public CompletionStage<@NonNull List<@NonNull String>> proposals(@Source StatementView statement,
            @Name("lang") Language lang) {
        return batches.load("Statement.proposals", statement.pk(), new Lang(language.or(lang)),
                (ids, args) -> statements.proposals(ids, args.lang()));
    }

    @Name("sources")
    @Description("Documents that report the statement.")
    public List<@NonNull List<@NonNull SourceView>> statementSources(@Source List<StatementView> statements) {
        return sources.sourcesOf(Statement.class, statements.stream().map(StatementView::pk).toList());
    }

    @Name("speaker")
    @Description("Who spoke.")
    public List<@NonNull PersonView> speaker(@Source List<StatementView> statements) {
        return people.byIds(statements.stream().map(StatementView::speakerId).toList());
    }

    @Name("summit")
    @Description("The summit where it was said.")
    public List<@NonNull SummitView> statementSummit(@Source List<StatementView> statements) {
        return summits.byIds(statements.stream().map(StatementView::summitId).toList());
    }

    /** The arguments of the fields that answer in one language. */
    private record Lang(Language lang) {
    }
}
