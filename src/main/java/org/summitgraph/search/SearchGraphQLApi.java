package org.summitgraph.search;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.summitgraph.data.Paging;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.RequestLanguage;
import org.summitgraph.node.Node;
import org.summitgraph.node.NodeService;

@GraphQLApi
public class SearchGraphQLApi {

    @Inject SearchService searches;
    @Inject NodeService nodes;
    @Inject RequestLanguage language;

    @Query("search")
    @Description("Full-text search, accent- and case-insensitive, over summits, statements (summaries, quotes and "
            + "proposals), documents, people and organizations; best first, `first` at most the service's maximum page size (summit-graph.max-page-size). The text is read "
            + "as in a web search engine: all words must match, \"quotes\" for a phrase, `or` between "
            + "alternatives, `-` before a word to exclude. Without `lang` it matches in English, French and Russian; "
            + "with `lang` it is read in that language only.")
    public @NonNull List<@NonNull SearchHit> search(@Name("text") @NonNull String text, @Name("lang") Language lang,
            @Name("first") @DefaultValue(Paging.DEFAULT_FIRST) Integer first) {
        return searches.search(text, lang, language.or(lang), first);
    }

    @Name("node")
    @Description("The Summit, Statement, Document, Person or Organization found.")
    public List<@NonNull Node> node(@Source List<SearchHit> hits) {
        return nodes.byIds(hits.stream().map(SearchHit::nodeId).toList());
    }
}
