package org.summitgraph.document;

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
import org.summitgraph.data.Page;
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
 * The fields of documents, the list of all documents and a summit's documents; with them the links a
 * document holds (its summit, its appointee), as every field lives with the feature whose table holds the
 * link it follows.
 */
@GraphQLApi
public class DocumentGraphQLApi {

    @Inject PersonService people;
    @Inject SummitService summits;
    @Inject DocumentService documents;
    @Inject SourceService sources;
    @Inject RequestLanguage language;
    @Inject ArgumentBatches batches;
    @Inject Paging paging;

    @Query("documents")
    @Description("Documents signed, adopted or approved at summits, by summit date then rank, optionally of one "
            + "organization and of one kind (e.g. DECLARATION, DECISION, STRATEGY, PLAN, APPOINTMENT); `first` at most the service's maximum page size (summit-graph.max-page-size).")
    public @NonNull DocumentConnection allDocuments(@Name("organization") @Id String organization,
            @Name("kind") String kind, @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first,
            @Name("after") String after, @Name("last") @Description(Paging.LAST) Integer last,
            @Name("before") @Description(Paging.BEFORE) String before) {
        return documents.page(organization, kind, new PageArguments(first, after, last, before));
    }

    @Name("documents")
    @Description("Documents signed, adopted or approved at the summit, in order.")
    public CompletionStage<@NonNull List<@NonNull DocumentView>> summitDocuments(@Source SummitView summit,
            @Name("kind") @Description("Only documents of this kind, e.g. DECISION.") String kind) {
        return batches.load("Summit.documents", summit.id(), new Kind(kind),
                (ids, args) -> documents.bySummit(ids, args.kind()));
    }

    @Name("documentsConnection")
    @Description("Documents signed, adopted or approved at the summit, as `documents`, paged (Relay cursor "
            + "connection; cursors are positions in the list).")
    public CompletionStage<@NonNull DocumentConnection> summitDocumentsConnection(@Source SummitView summit,
            @Name("kind") @Description("Only documents of this kind, e.g. DECISION.") String kind,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first, @Name("after") String after,
            @Name("last") @Description(Paging.LAST) Integer last, @Name("before") @Description(Paging.BEFORE) String before) {
        return batches.load("Summit.documentsConnection", summit.id(), new KindPage(kind, new PageArguments(first, after, last, before)),
                (ids, args) -> documents.bySummit(ids, args.kind()).stream()
                        .map(all -> {
                            Page<DocumentView> page = paging.slice(all, args.page(), "summit-documents");
                            return new DocumentConnection(all.size(), page.items(), page.edges(DocumentEdge::new),
                                    page.pageInfo());
                        }).toList());
    }

    @Name("title")
    @Description("Title in `lang`, falling back to English.")
    public @NonNull String title(@Source DocumentView document, @Name("lang") Language lang) {
        return document.titles().in(language.or(lang));
    }

    @Name("sources")
    @Description("Documents that report it.")
    public List<@NonNull List<@NonNull SourceView>> documentSources(@Source List<DocumentView> documents) {
        return sources.sourcesOf(Document.class, documents.stream().map(DocumentView::pk).toList());
    }

    @Name("appointee")
    @Description("For an APPOINTMENT: who was appointed.")
    public List<PersonView> appointee(@Source List<DocumentView> documents) {
        return people.byIds(documents.stream().map(DocumentView::appointeeId).toList());
    }

    @Name("summit")
    @Description("The summit where the document was signed, adopted or approved.")
    public List<@NonNull SummitView> documentSummit(@Source List<DocumentView> documents) {
        return summits.byIds(documents.stream().map(DocumentView::summitId).toList());
    }

    /** The arguments of a summit's documents: an optional kind. */
    private record Kind(String kind) {
    }

    /** The arguments of a page of a summit's documents. */
    private record KindPage(String kind, PageArguments page) {
    }
}
