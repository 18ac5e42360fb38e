package org.summitgraph.summit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every fact of the French article on the Bishkek summit of 27 November 2025
 * (the team's seed article, seed/csto-bishkek-summit-2025.fr.txt), read back through GraphQL from the shipped
 * dataset: one test per fact, so that a failure names the fact that is lost.
 */
@QuarkusTest
class ArticleFactsTest {

    private static final String BISHKEK = "csto-2025-11-27-bishkek";
    private static final String MOSCOW_2026 = "csto-2026-11-11-moscow";
    /** The article as a source: its id and its language, as "id/language". */
    private static final String ARTICLE = "seed-article-bishkek-2025/FR";
    /** Turns a list of records into the list of their sources, each source as "id/language". */
    private static final String SOURCES = ".collect { r -> r.sources.collect { s -> s.id + '/' + s.language } }";

    private static final String PRESIDENTS = "data.summit.participants.findAll { it.role == 'HEAD_OF_STATE' }";
    private static final String MASADYKOV_PRESENT =
            "data.summit.participants.findAll { it.person.id == 'taalatbek-masadykov' && it.role == 'SECRETARY_GENERAL' }";

    // Copied character for character from the article.
    private static final String PUTIN_QUOTE = "Avec nos partenaires de l’organisation, nous continuerons à travailler à "
            + "l’identification et à l’élimination des groupes terroristes internationaux et de leurs cellules, ainsi "
            + "qu’à la suppression de leurs canaux de financement";
    private static final String JAPAROV_QUOTE = "Ces mesures, parmi d’autres, ont permis d’assurer la coordination des "
            + "actions des unités des forces armées des États membres et d’améliorer leur capacité à accomplir les "
            + "tâches qui leur sont assignées";
    private static final String RAHMON_QUOTE = "complexe et difficile à prévoir";

    private static String statementOf(String speaker) {
        return "data.summit.statements.find { it.speaker.id == '" + speaker + "' }";
    }

    // --- the summit itself ---

    @Test
    void summitIsDated27November2025() {
        GraphQL.ok("bishkekSummit", "id", BISHKEK, "lang", null)
                .body("data.summit.id", equalTo(BISHKEK))
                .body("data.summit.date", equalTo("2025-11-27"));
    }

    @Test
    void summitMetInBishkekCalledBichkekInFrench() {
        GraphQL.ok("bishkekSummit", "id", BISHKEK, "lang", "FR")
                .body("data.summit.city.name", equalTo("Bichkek"))
                .body("data.summit.city.country.code", equalTo("KG"));
    }

    @Test
    void summitWasHostedByKyrgyzstan() {
        GraphQL.ok("bishkekSummit", "id", BISHKEK, "lang", null)
                .body("data.summit.hostCountry.code", equalTo("KG"));
    }

    @Test
    void kyrgyzstanChairedTheOrganizationOnTheDayOfTheSummit() {
        GraphQL.ok("bishkekSummit", "id", BISHKEK, "lang", null)
                .body("data.summit.chair.code", equalTo("KG"));
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2025-11-27")
                .body("data.organization.chair.code", equalTo("KG"));
    }

    @Test
    void summitWasHeld() {
        GraphQL.ok("bishkekSummit", "id", BISHKEK, "lang", null)
                .body("data.summit.status", equalTo("HELD"));
    }

    // --- who was there ---

    @Test
    void fivePresidentsTookPartEachForHisCountry() {
        GraphQL.ok("summitParticipants", "id", BISHKEK, "lang", null)
                .body(PRESIDENTS + ".collect { it.person.id + ':' + it.country.code }", containsInAnyOrder(
                        "alexander-lukashenko:BY", "kassym-jomart-tokayev:KZ", "sadyr-japarov:KG",
                        "vladimir-putin:RU", "emomali-rahmon:TJ"));
    }

    @Test
    void presidentsCarryTheirFrenchNames() {
        GraphQL.ok("summitParticipants", "id", BISHKEK, "lang", "FR")
                .body(PRESIDENTS + ".person.name",
                        hasItems("Vladimir Poutine", "Alexandre Loukachenko", "Kassym-Jomart Tokaïev"));
    }

    @Test
    void masadykovIsListedAsSecretaryGeneralPresentOnTheArticlesWord() {
        // the official transcript names Tasmagambetov instead: the article's claim must keep its own source
        GraphQL.ok("summitParticipants", "id", BISHKEK, "lang", null)
                .body(MASADYKOV_PRESENT + ".country", contains(nullValue()))
                .body(MASADYKOV_PRESENT + SOURCES, contains(hasItem(ARTICLE)));
    }

    // --- what was said ---

    @Test
    void putinProposedTheArticlesSixMeasures() {
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", "FR")
                .body(statementOf("vladimir-putin") + ".proposals", hasItems(
                        containsString("programme d’équipement des Forces collectives"),
                        containsString("exercices réguliers"),
                        containsString("défense antiaérienne"),
                        containsString("biosécurité"),
                        containsString("stratégie antiterroriste"),
                        allOf(containsString("sécurité de l’information"), containsString("trafic de drogue"))));
    }

    @Test
    void putinIsQuotedVerbatimInFrench() {
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", "FR")
                .body(statementOf("vladimir-putin") + ".quotes", contains(PUTIN_QUOTE));
    }

    @Test
    void japarovIsQuotedVerbatimInFrench() {
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", "FR")
                .body(statementOf("sadyr-japarov") + ".quotes", contains(JAPAROV_QUOTE));
    }

    @Test
    void rahmonCalledTheSituationComplexAndHardToPredict() {
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", "FR")
                .body(statementOf("emomali-rahmon") + ".quotes", contains(RAHMON_QUOTE));
    }

    @Test
    void rahmonProposedAHumanitarianCentreAndFasterInformationExchange() {
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", "FR")
                .body(statementOf("emomali-rahmon") + ".proposals", containsInAnyOrder(
                        containsString("centre d’intervention humanitaire"),
                        containsString("intelligence artificielle")));
    }

    @Test
    void putinNamedTheExercisesInteractionEchelonAndSearch() {
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", "FR")
                .body(statementOf("vladimir-putin") + ".exercises.id",
                        containsInAnyOrder("interaction", "echelon", "search"))
                .body(statementOf("vladimir-putin") + ".exercises.name",
                        containsInAnyOrder("Interaction", "Échelon", "Recherche"));
    }

    // --- change of Secretary General ---

    @Test
    void summitAppointedMasadykovSecretaryGeneral() {
        GraphQL.ok("summitDocuments", "id", BISHKEK, "lang", null)
                .body("data.summit.documents.findAll { it.kind == 'APPOINTMENT' }.appointee.id",
                        contains("taalatbek-masadykov"));
    }

    @Test
    void tasmagambetovWasStillSecretaryGeneralOnTheDayOfTheSummit() {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2025-11-27")
                .body("data.organization.secretaryGeneral.id", equalTo("imangali-tasmagambetov"));
    }

    @Test
    void masadykovIsSecretaryGeneralFromNewYear2026() {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2026-01-01")
                .body("data.organization.secretaryGeneral.id", equalTo("taalatbek-masadykov"));
    }

    // --- Russia succeeds Kyrgyzstan ---

    @Test
    void kyrgyzstanChairsUntilTheEndOf2025() {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2025-12-31")
                .body("data.organization.chair.code", equalTo("KG"));
    }

    @Test
    void russiaChairsFromNewYear2026() {
        GraphQL.ok("organizationOfficers", "code", "CSTO", "asOf", "2026-01-01")
                .body("data.organization.chair.code", equalTo("RU"));
    }

    // --- documents ---

    @Test
    void declarationAndTwoDecisionsWereSigned() {
        GraphQL.ok("summitDocuments", "id", BISHKEK, "lang", "FR")
                .body("data.summit.documents.findAll { it.action == 'SIGNED' }.collect { it.kind + ': ' + it.title }",
                        containsInAnyOrder(
                                "DECLARATION: Déclaration du Conseil de sécurité collective de l’Organisation du "
                                        + "Traité de sécurité collective",
                                "DECISION: Sur les mesures visant à former une image positive de l’OTSC et de ses "
                                        + "États membres dans l’espace informationnel",
                                "DECISION: Sur le budget de l’OTSC pour 2026"));
    }

    @Test
    void rahmonSupportedTheMilitaryCooperationPlanAndTheAntiDrugStrategy() {
        // the article does not say they were adopted: their documents cite the Kremlin transcript (DataCorrectionsTest)
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", "FR")
                .body(statementOf("emomali-rahmon") + ".summary", allOf(
                        containsString("a soutenu l’adoption du Plan de développement de la coopération militaire des "
                                + "États membres de l’organisation"),
                        containsString("l’approbation de la Stratégie antidrogue pour la période 2026-2030")));
    }

    // --- next meeting ---

    @Test
    void nextMeetingIsScheduledInMoscowOn11November2026() {
        GraphQL.ok("announcedNextMeeting", "id", BISHKEK, "lang", "FR")
                .body("data.summit.nextMeeting.id", equalTo(MOSCOW_2026))
                .body("data.summit.nextMeeting.date", equalTo("2026-11-11"))
                .body("data.summit.nextMeeting.status", equalTo("SCHEDULED"))
                .body("data.summit.nextMeeting.city.name", equalTo("Moscou"))
                .body("data.summit.nextMeeting.city.country.code", equalTo("RU"));
    }

    // --- members ---

    @Test
    void activeMembersOnTheDayAreBelarusKazakhstanKyrgyzstanRussiaTajikistan() {
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2025-11-27", "status", "ACTIVE", "lang", null)
                .body("data.organization.memberships.country.code", containsInAnyOrder("BY", "KG", "KZ", "RU", "TJ"));
    }

    @Test
    void armeniaIsStillListedButSuspended() {
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2025-11-27", "status", null, "lang", null)
                .body("data.organization.memberships.findAll { it.country.code == 'AM' }.status", contains("SUSPENDED"));
    }

    // --- every record taken from the article cites it ---

    @Test
    void summitCitesTheArticle() {
        GraphQL.ok("bishkekSummit", "id", BISHKEK, "lang", null)
                .body("data.summit.sources.collect { s -> s.id + '/' + s.language }", hasItem(ARTICLE));
    }

    @Test
    void presenceOfThePresidentsAndOfMasadykovCitesTheArticle() {
        String fromArticle = "data.summit.participants.findAll { it.role == 'HEAD_OF_STATE' "
                + "|| it.person.id == 'taalatbek-masadykov' }" + SOURCES;
        GraphQL.ok("summitParticipants", "id", BISHKEK, "lang", null)
                .body(fromArticle, hasSize(6))
                .body(fromArticle, everyItem(hasItem(ARTICLE)));
    }

    @Test
    void postsOfThePresidentsAndSecretariesGeneralCiteTheArticle() {
        // each participant's post in the capacity he attended: president, or Secretary General (outgoing or appointed)
        String posts = "data.summit.participants.collect { p -> p.person.positions.findAll { it.kind == p.role } }"
                + ".flatten()" + SOURCES;
        GraphQL.ok("summitParticipants", "id", BISHKEK, "lang", null)
                .body(posts, hasSize(7))
                .body(posts, everyItem(hasItem(ARTICLE)));
    }

    @Test
    void statementsCiteTheArticle() {
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", null)
                .body("data.summit.statements" + SOURCES, hasSize(3))
                .body("data.summit.statements" + SOURCES, everyItem(hasItem(ARTICLE)));
    }

    @Test
    void exercisesNamedByPutinCiteTheArticle() {
        String exercises = statementOf("vladimir-putin") + ".exercises" + SOURCES;
        GraphQL.ok("summitStatements", "id", BISHKEK, "lang", null)
                .body(exercises, hasSize(3))
                .body(exercises, everyItem(hasItem(ARTICLE)));
    }

    @Test
    void documentsReportedByTheArticleCiteIt() {
        // the declaration, the two decisions and the appointment; not the plan and the strategy Rahmon supported
        String reported = "data.summit.documents.findAll { !(it.kind in ['PLAN', 'STRATEGY']) }" + SOURCES;
        GraphQL.ok("summitDocuments", "id", BISHKEK, "lang", null)
                .body(reported, hasSize(4))
                .body(reported, everyItem(hasItem(ARTICLE)))
                .body("data.summit.documents.findAll { it.kind in ['PLAN', 'STRATEGY'] }" + SOURCES,
                        everyItem(not(hasItem(ARTICLE))));
    }

    @Test
    void announcedNextMeetingCitesTheArticle() {
        GraphQL.ok("announcedNextMeeting", "id", BISHKEK, "lang", null)
                .body("data.summit.nextMeeting.sources.collect { s -> s.id + '/' + s.language }", hasItem(ARTICLE));
    }

    @Test
    void armeniasSuspensionCitesTheArticle() {
        GraphQL.ok("organizationMemberships", "code", "CSTO", "asOf", "2025-11-27", "status", "SUSPENDED", "lang", null)
                .body("data.organization.memberships.find { it.country.code == 'AM' }.history"
                        + ".findAll { it.status == 'SUSPENDED' }" + SOURCES, contains(hasItem(ARTICLE)));
    }
}
