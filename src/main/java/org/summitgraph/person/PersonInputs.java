package org.summitgraph.person;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.time.DayInRange;

/** Inputs of the people mutations. */
public final class PersonInputs {

    private PersonInputs() {
    }

    @Input("CreatePersonInput")
    @Description("A new person.")
    public record CreatePersonInput(
            @NonNull @NotBlank @Size(max = 200) @Description("Full name in English.") String name,
            @Size(max = 200) @Description("Full name in French.") String nameFr,
            @Size(max = 200) @Description("Full name in Russian.") String nameRu,
            @Id @Description("ISO code of the person's state.") String country,
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 100)
            @Description("Readable id to give them; by default made from the English name, e.g. emomali-rahmon.") String id,
            @Description("Ids of the sources that name them.") List<String> sources) {
    }

    @Input("AppointHolderInput")
    @Description("A person appointed to a post — of a state (`country`) or in an organization (`organization`) — "
            + "for a tenure that must not overlap another tenure of the same post.")
    public record AppointHolderInput(
            @Id @NonNull @NotBlank @Description("The person.") String person,
            @NonNull @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]*$") @Size(max = 32)
            @Description("Kind of post, e.g. SECRETARY_GENERAL, HEAD_OF_STATE.") String kind,
            @NonNull @NotBlank @Size(max = 200) @Description("Title in English, e.g. President of Russia.") String title,
            @Size(max = 200) @Description("Title in French.") String titleFr,
            @Id @Description("Code of the organization, for a post in an organization.") String organization,
            @Id @Description("ISO code of the state, for a post of a state.") String country,
            @NonNull @NotNull @DayInRange
            @Description("First day in the post: the start of the tenure, not of a term of office within it.") LocalDate start,
            @DayInRange @Description("Last day; open-ended when left out.") LocalDate end,
            @Description("True for an acting (interim) holder.") Boolean acting,
            @Description("Ids of the sources that attest the tenure.") List<String> sources) {
    }
}
