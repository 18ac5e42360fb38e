package org.summitgraph.document;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Inputs of the document mutations. */
public final class DocumentInputs {

    private DocumentInputs() {
    }

    @Input("AddDocumentInput")
    @Description("A document signed, adopted or approved at a summit.")
    public record AddDocumentInput(
            @Id @NonNull @NotBlank @Description("The summit.") String summit,
            @NonNull @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]*$") @Size(max = 32)
            @Description("Kind: DECLARATION, DECISION, STRATEGY, PLAN, PROGRAM, APPOINTMENT...") String kind,
            @NonNull @NotNull @Description("Signed, adopted or approved.") DocumentAction action,
            @NonNull @NotBlank @Size(max = 500) @Description("Title in English.") String title,
            @Size(max = 500) @Description("Title in French.") String titleFr,
            @Id @Description("For an APPOINTMENT: who was appointed.") String appointee,
            @Description("Ids of the sources that report it.") List<String> sources) {
    }
}
