package org.summitgraph.summit;

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

/** Inputs of the summit mutations. */
public final class SummitInputs {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private SummitInputs() {
    }

    @Input("ScheduleSummitInput")
    @Description("A summit to schedule.")
    public record ScheduleSummitInput(
            @Id @NonNull @NotBlank @Description("Code of the organization that meets, e.g. CSTO.") String organization,
            @NonNull @NotNull @DayInRange @Description("Day of the summit.") LocalDate date,
            @NonNull @NotBlank @Size(max = 300) @Description("Title in English.") String title,
            @Size(max = 100) @Description("The city's name in English (or its id); omitted for a videoconference.") String city,
            @Id @Description("ISO code of the hosting state; by default the city's state.") String hostCountry,
            @Pattern(regexp = SLUG) @Size(max = 100)
            @Description("Readable id to give it; by default organization, date and city, e.g. csto-2027-05-01-moscow.")
            String id,
            @Description("Kind of session; REGULAR by default.") SummitKind kind,
            @Size(max = 300) @Description("Title in French.") String titleFr,
            @Size(max = 300) @Description("Title in Russian.") String titleRu,
            @Description("Ids of the sources that announce it.") List<String> sources) {
    }

    @Input("UpdateSummitInput")
    @Description("New titles, kind, venue or announced next meeting of a summit; what is left out stays.")
    public record UpdateSummitInput(
            @Id @NonNull @NotBlank @Description("The summit.") String id,
            @NonNull @NotNull @PositiveOrZero @Description("The version the edit is based on.") Integer version,
            @Size(max = 300) @Description("Title in English.") String title,
            @Size(max = 300) @Description("Title in French.") String titleFr,
            @Size(max = 300) @Description("Title in Russian.") String titleRu,
            @Description("Kind of session.") SummitKind kind,
            @Size(max = 300) @Description("Building or residence, in English.") String venue,
            @Id @Description("A later summit announced at this one as the next meeting.") String nextMeeting) {
    }

    @Input("RescheduleSummitInput")
    @Description("A new date, and possibly a new place, for a summit that has not taken place.")
    public record RescheduleSummitInput(
            @Id @NonNull @NotBlank @Description("The summit.") String id,
            @NonNull @NotNull @PositiveOrZero @Description("The version the edit is based on.") Integer version,
            @NonNull @NotNull @DayInRange @Description("The new day.") LocalDate date,
            @Size(max = 100) @Description("The new city's name in English (or its id); omitted to keep the city.") String city,
            @Id @Description("The new hosting state; omitted to keep it, or to take the new city's.") String hostCountry) {
    }

    @Input("SummitVersionInput")
    @Description("A summit and the version an edit of its status is based on.")
    public record SummitVersionInput(
            @Id @NonNull @NotBlank @Description("The summit.") String id,
            @NonNull @NotNull @PositiveOrZero @Description("The version the edit is based on.") Integer version) {
    }

    @Input("AddParticipantInput")
    @Description("A person who took part in a summit.")
    public record AddParticipantInput(
            @Id @NonNull @NotBlank @Description("The summit.") String summit,
            @Id @NonNull @NotBlank @Description("The person.") String person,
            @Id @Description("ISO code of the state represented; omitted for the organization's officials.") String country,
            @NonNull @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]*$") @Size(max = 32)
            @Description("Capacity, e.g. HEAD_OF_STATE, SECRETARY_GENERAL.") String role,
            @Description("Ids of the sources that report the presence.") List<String> sources) {
    }

    @Input("RemoveParticipantInput")
    @Description("A participation to remove from a summit.")
    public record RemoveParticipantInput(
            @Id @NonNull @NotBlank @Description("The summit.") String summit,
            @Id @NonNull @NotBlank @Description("The person.") String person,
            @NonNull @NotBlank @Description("The capacity in which they were listed.") String role) {
    }
}
