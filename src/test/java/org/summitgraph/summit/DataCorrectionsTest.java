package org.summitgraph.summit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The corrections of V8__data_corrections.sql (issue 10, §8), read back through GraphQL: each test
 * fails on the dataset as V2 shipped it.
 */
@QuarkusTest
class DataCorrectionsTest {

    private static final String BISHKEK = "csto-2025-11-27-bishkek";
    private static final String ARTICLE = "seed-article-bishkek-2025";
    private static final String KREMLIN_TRANSCRIPT = "kremlin-transcript-78565";
    private static final String PUTIN = "data.summit.statements.find { it.speaker.id == 'vladimir-putin' }";

    // --- 1. Masadykov's name in Russian ---

    @Test
    void masadykovsRussianNameIsTaalatbek() {
        GraphQL.ok("personName", "id", "taalatbek-masadykov", "lang", "RU")
                .body("data.person.name", equalTo("Таалатбек Масадыков"));
    }

    // --- 2. the summit's note says only what the summit's sources say ---

    @ParameterizedTest(name = "note in {0}")
    @ValueSource(strings = { "EN", "FR" })
    void bishkekNoteCitesNoCountOfDocumentsFromOutletsItsSourcesDoNotInclude(String lang) {
        GraphQL.ok("summitNote", "id", BISHKEK, "lang", lang)
                .body("data.summit.sources.publisher", not(hasItem("24.kg")))
                .body("data.summit.note", allOf(not(containsString("24.kg")), not(containsString("15 ")),
                        not(containsString("16 ")), not(containsString("19 "))));
    }

    @Test
    void bishkekNoteReportsTheArticlesLargeNumberOfDocuments() {
        GraphQL.ok("summitNote", "id", BISHKEK, "lang", "FR")
                .body("data.summit.note", containsString("un grand nombre de documents ont été signés"))
                .body("data.summit.sources.id", hasItem(ARTICLE));
    }

    // --- 3. Putin's French summary ---

    @Test
    void putinsFrenchSummaryKeepsInEveryPossibleWay() {
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", "FR")
                .body(PUTIN + ".summary", containsString("aidera de toutes les manières possibles ses partenaires "
                        + "de l’OTSC, en partageant avec eux les avancées en matière de médecine militaire"));
    }

    // --- 4. the military cooperation plan and the anti-drug strategy ---

    @Test
    void planAndStrategyAreNotRecordedOnTheArticlesWord() {
        // the article only says that Rahmon supported them; the Kremlin transcript lists them as signed
        String planAndStrategy = "data.summit.documents.findAll { it.kind in ['PLAN', 'STRATEGY'] }";
        GraphQL.ok("summitDocuments", "id", BISHKEK, "lang", null)
                .body(planAndStrategy + ".collect { it.kind + ': ' + it.action }",
                        containsInAnyOrder("PLAN: ADOPTED", "STRATEGY: APPROVED"))
                .body(planAndStrategy + ".collect { d -> d.sources.collect { it.id } }",
                        everyItem(contains(KREMLIN_TRANSCRIPT)));
    }

    // --- 5. verbatim quotes and translations ---

    @Test
    void frenchQuoteTextsAreVerbatimFromTheArticle() {
        GraphQL.ok("statementQuoteTexts", "id", BISHKEK, "lang", "FR")
                .body("data.summit.statements.quoteTexts.flatten()", hasSize(3))
                .body("data.summit.statements.quoteTexts.flatten().collect { it.lang + ' ' + it.verbatim + ' ' "
                        + "+ it.originalLanguage }", everyItem(equalTo("FR true FR")))
                .body("data.summit.statements.collect { s -> s.quoteTexts.collect { it.text } == s.quotes }",
                        everyItem(equalTo(true)));
    }

    @Test
    void englishQuoteTextsAreTranslationsOfTheFrenchOriginals() {
        GraphQL.ok("statementQuoteTexts", "id", BISHKEK, "lang", "EN")
                .body("data.summit.statements.quoteTexts.flatten()", hasSize(3))
                .body("data.summit.statements.quoteTexts.flatten().collect { it.lang + ' ' + it.verbatim + ' ' "
                        + "+ it.originalLanguage }", everyItem(equalTo("EN false FR")))
                .body(PUTIN + ".quoteTexts.text", contains(startsWith("Together with our partners in the organization")));
    }

    @Test
    void aQuoteMissingInTheLanguageAskedForFallsBackToItsEnglishTranslation() {
        GraphQL.ok("statementQuoteTexts", "id", BISHKEK, "lang", "RU")
                .body("data.summit.statements.quoteTexts.flatten().collect { it.lang + ' ' + it.verbatim }",
                        everyItem(equalTo("EN false")));
    }

    // --- 6. heads of state: start of the tenure, not of the current term ---

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "vladimir-putin,        2012-05-07",
            "alexander-lukashenko,  1994-07-20",
            "kassym-jomart-tokayev, 2019-03-20",
            "sadyr-japarov,         2021-01-28",
            "emomali-rahmon,        1994-11-16" })
    void headOfStateStartIsTheStartOfTheTenureNotOfTheCurrentTerm(String person, String start) {
        String post = "data.summit.participants.find { it.person.id == '" + person + "' && it.role == 'HEAD_OF_STATE' }"
                + ".person.positions.find { it.kind == 'HEAD_OF_STATE' }";
        GraphQL.ok("participantPosts", "id", BISHKEK, "lang", "EN")
                .body(post + ".start", equalTo(start))
                .body(post + ".note", allOf(containsString("Start of the tenure"),
                        containsString("not of the current term of office")));
    }
}
