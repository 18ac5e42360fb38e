package org.summitgraph.i18n;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Language")
@Description("Language of a text. A text missing in the requested language falls back to English.")
public enum Language {
    EN, FR, RU
}
