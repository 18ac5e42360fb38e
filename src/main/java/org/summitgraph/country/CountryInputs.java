package org.summitgraph.country;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Inputs of the country and city mutations. */
public final class CountryInputs {

    private CountryInputs() {
    }

    @Input("CreateCountryInput")
    @Description("A new state.")
    public record CreateCountryInput(
            @Id @NonNull @NotBlank @Pattern(regexp = "^[A-Z]{2}$") @Description("ISO 3166-1 alpha-2 code.") String code,
            @NonNull @NotBlank @Size(max = 200) @Description("Name in English.") String name,
            @Size(max = 200) @Description("Name in French.") String nameFr,
            @Size(max = 200) @Description("Name in Russian.") String nameRu) {
    }

    @Input("CreateCityInput")
    @Description("A new city.")
    public record CreateCityInput(
            @NonNull @NotBlank @Size(max = 200) @Description("Name in English.") String name,
            @Id @NonNull @NotBlank @Description("ISO code of its state.") String country,
            @Size(max = 200) @Description("Name in French.") String nameFr,
            @Size(max = 200) @Description("Name in Russian.") String nameRu,
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 100)
            @Description("Readable id to give it; by default made from the English name.") String id) {
    }
}
