package org.summitgraph.i18n;

import jakarta.persistence.Embeddable;

/** One text in English (always present), French and Russian (when known). */
@Embeddable
public record LocalizedText(String en, String fr, String ru) {

    public static LocalizedText english(String en) {
        return new LocalizedText(en, null, null);
    }

    /** The text in {@code lang}, falling back to English when it is missing there. */
    public String in(Language lang) {
        return text(languageOf(lang));
    }

    /** The language {@link #in} answers in: {@code lang}, or English when the text is missing there. */
    public Language languageOf(Language lang) {
        String text = text(lang);
        return text == null || text.isBlank() ? Language.EN : lang;
    }

    private String text(Language lang) {
        return switch (lang) {
            case FR -> fr;
            case RU -> ru;
            case EN -> en;
        };
    }
}
