package org.summitgraph.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.Language;
import org.summitgraph.node.Node;

@Type("Source")
@Description("A document a record comes from: press article, official transcript, reference page.")
public record SourceView(
        @Id @NonNull @Description("Stable readable key of the source.") String id,
        @NonNull @Description("Title of the document.") String title,
        @Description("Who published it, when known.") String publisher,
        @Description("Where it can be read, when it is online.") String url,
        @Description("Language the document is written in.") Language language,
        @Description("Publication date, when known.") LocalDate publishedOn) implements Node {

    public static SourceView of(Source s) {
        return new SourceView(s.id, s.title, s.publisher, s.url, s.language, s.publishedOn);
    }
}
