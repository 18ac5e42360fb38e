package org.summitgraph.statement;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Inputs of the statement mutations. */
public final class StatementInputs {

    private StatementInputs() {
    }

    @Input("AddStatementInput")
    @Description("What a speaker said at a summit.")
    public record AddStatementInput(
            @Id @NonNull @NotBlank @Description("The summit.") String summit,
            @Id @NonNull @NotBlank @Description("The speaker.") String speaker,
            @NonNull @NotBlank @Size(max = 5000) @Description("Summary in English.") String summary,
            @Size(max = 5000) @Description("Summary in French.") String summaryFr,
            @Description("Verbatim quotes (in English, or as reported).") List<@Size(max = 2000) String> quotes,
            @Description("Proposals made, in English.") List<@Size(max = 2000) String> proposals,
            @Description("Ids of the sources that report it.") List<String> sources) {
    }
}
