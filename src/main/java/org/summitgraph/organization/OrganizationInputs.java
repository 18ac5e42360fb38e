package org.summitgraph.organization;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.time.DayInRange;

/** Inputs of the organization mutations. */
public final class OrganizationInputs {

    private OrganizationInputs() {
    }

    @Input("MembershipChangeInput")
    @Description("A change of a state's membership status, from a date on.")
    public record MembershipChangeInput(
            @Id @NonNull @NotBlank @Description("Code of the organization.") String organization,
            @Id @NonNull @NotBlank @Description("ISO code of the state.") String country,
            @NonNull @NotNull @Description("The status from `effective` on.") MembershipStatus status,
            @NonNull @NotNull @DayInRange @Description("The day it takes effect; later than the membership's latest change.")
            LocalDate effective,
            @Size(max = 2000) @Description("Context, in English.") String note,
            @PositiveOrZero @Description("The membership's version the edit is based on; omitted: the current one.")
            Integer version,
            @Description("Ids of the sources that attest it.") List<String> sources) {
    }

    @Input("ChairmanshipInput")
    @Description("A state chairing an organization from a day to a day (open-ended when `end` is left out).")
    public record ChairmanshipInput(
            @Id @NonNull @NotBlank @Description("Code of the organization.") String organization,
            @Id @NonNull @NotBlank @Description("ISO code of the chairing state.") String country,
            @NonNull @NotNull @DayInRange @Description("First day.") LocalDate start,
            @DayInRange @Description("Last day; open-ended when left out.") LocalDate end,
            @Description("Ids of the sources that attest it.") List<String> sources) {
    }

    @Input("CreateOrganizationInput")
    @Description("A new organization.")
    public record CreateOrganizationInput(
            @Id @NonNull @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9]{1,15}$")
            @Description("Short code in capitals, e.g. SCO.") String code,
            @NonNull @NotBlank @Size(max = 300) @Description("Name in English.") String name,
            @NonNull @NotBlank @Size(max = 30) @Description("Acronym in English.") String acronym,
            @Size(max = 300) @Description("Name in French.") String nameFr,
            @Size(max = 30) @Description("Acronym in French.") String acronymFr,
            @Size(max = 300) @Description("Name in Russian.") String nameRu,
            @Size(max = 30) @Description("Acronym in Russian.") String acronymRu,
            @Id @Description("Id of the city of its seat.") String headquarters,
            @Description("Ids of the sources that attest it.") List<String> sources) {
    }
}
