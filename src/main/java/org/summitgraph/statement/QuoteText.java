package org.summitgraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.LocalizedText;

@Type("QuoteText")
@Description("One quote of a statement in one language, saying whether that text is the quote as its source reported "
        + "it or a translation made by Summit Graph.")
public record QuoteText(
        @NonNull @Description("The quote in the language asked for, or in English when it has no text in that "
                + "language.") String text,
        @NonNull @Description("The language `text` is in: the one asked for, or EN when it fell back to English.")
        Language lang,
        @Description("True when `text` is verbatim, as the source reported the quote (`lang` is `originalLanguage`); "
                + "false when it is a translation made by Summit Graph, or when `originalLanguage` is not recorded.")
        boolean verbatim,
        @Description("The language the source reported the quote in, e.g. FR for the French seed article; null when "
                + "not recorded.") Language originalLanguage) {

    /** The quote {@code text} in {@code lang} (falling back to English), reported in {@code original}. */
    static QuoteText of(LocalizedText text, Language original, Language lang) {
        Language shown = text.languageOf(lang);
        return new QuoteText(text.in(lang), shown, shown == original, original);
    }
}
