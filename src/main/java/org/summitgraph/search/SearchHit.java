package org.summitgraph.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchHit")
@Description("One result of a full-text search: the object found, how well it matches and where.")
public record SearchHit(
        @Ignore String nodeId,
        @Description("Relevance (PostgreSQL ts_rank): higher is better; hits come best first.") double score,
        @Description("The matching text, shortened around the matches, in `lang` when given, else in the language "
                + "that matched (the request's language first, then EN, FR, RU). An HTML fragment: the text is "
                + "HTML-escaped and the matched words are wrapped in <mark>…</mark>.") String snippet) {
}
