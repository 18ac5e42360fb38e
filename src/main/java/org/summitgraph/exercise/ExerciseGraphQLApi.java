package org.summitgraph.exercise;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.summitgraph.country.CountryService;
import org.summitgraph.country.CountryView;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.RequestLanguage;
import org.summitgraph.organization.OrganizationService;
import org.summitgraph.organization.OrganizationView;
import org.summitgraph.source.SourceService;
import org.summitgraph.source.SourceView;
import org.summitgraph.statement.StatementView;

@GraphQLApi
public class ExerciseGraphQLApi {

    @Inject ExerciseService exercises;
    @Inject OrganizationService organizations;
    @Inject CountryService countries;
    @Inject SourceService sources;
    @Inject RequestLanguage language;

    @Name("exercises")
    @Description("The organization's named joint exercises and operations.")
    public List<@NonNull List<@NonNull ExerciseView>> organizationExercises(@Source List<OrganizationView> organizations) {
        return exercises.byOrganizations(organizations.stream().map(OrganizationView::code).toList());
    }

    @Name("exercises")
    @Description("Exercises the speaker named.")
    public List<@NonNull List<@NonNull ExerciseView>> statementExercises(@Source List<StatementView> statements) {
        return exercises.byStatements(statements.stream().map(StatementView::pk).toList());
    }

    @Name("name")
    @Description("Name in `lang` (default: the request's language), falling back to English.")
    public @NonNull String name(@Source ExerciseView exercise, @Name("lang") Language lang) {
        return exercise.names().in(language.or(lang));
    }

    @Name("purpose")
    @Description("What the exercise trains for, in `lang`; null when unknown.")
    public String purpose(@Source ExerciseView exercise, @Name("lang") Language lang) {
        return exercise.purposes() == null ? null : exercise.purposes().in(language.or(lang));
    }

    @Name("organization")
    @Description("The organization that holds it.")
    public List<@NonNull OrganizationView> organization(@Source List<ExerciseView> exercises) {
        return organizations.byCodes(exercises.stream().map(ExerciseView::organizationCode).toList());
    }

    @Name("editions")
    @Description("Known stagings of the exercise, oldest first.")
    public List<@NonNull List<@NonNull ExerciseEditionView>> editions(@Source List<ExerciseView> exercises) {
        return this.exercises.editions(exercises.stream().map(ExerciseView::id).toList());
    }

    @Name("sources")
    @Description("Documents that name the exercise.")
    public List<@NonNull List<@NonNull SourceView>> exerciseSources(@Source List<ExerciseView> exercises) {
        return sources.sourcesOf(Exercise.class, exercises.stream().map(ExerciseView::id).toList());
    }

    @Name("hostCountry")
    @Description("The state that hosted this staging.")
    public List<CountryView> hostCountry(@Source List<ExerciseEditionView> editions) {
        return countries.byCodes(editions.stream().map(ExerciseEditionView::hostCountryCode).toList());
    }

    @Name("sources")
    @Description("Documents that report this staging.")
    public List<@NonNull List<@NonNull SourceView>> editionSources(@Source List<ExerciseEditionView> editions) {
        return sources.sourcesOf(ExerciseEdition.class, editions.stream().map(ExerciseEditionView::id).toList());
    }
}
