package org.summitgraph.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.i18n.Language;
import org.summitgraph.time.DayInRange;

/** Inputs of the source mutations. */
public final class SourceInputs {

    private SourceInputs() {
    }

    @Input("CreateSourceInput")
    @Description("A document that records will cite.")
    public record CreateSourceInput(
            @NonNull @NotBlank @Size(max = 500) @Description("Title of the document.") String title,
            @Size(max = 200) @Description("Who published it.") String publisher,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$") @Description("Where it can be read.") String url,
            @Description("Its language.") Language language,
            @DayInRange @Description("Its publication date.") LocalDate publishedOn,
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 100)
            @Description("Readable id to give it; by default made from the title.") String id) {
    }
}
