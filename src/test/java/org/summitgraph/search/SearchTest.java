package org.summitgraph.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.summit.Summit;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Full-text search: accents, case and the three languages, ranking, fresh rows, limits and the GIN indexes. */
@QuarkusTest
class SearchTest {

    @Inject Fixtures fixtures;
    @Inject EntityManager em;
    @Inject EntityManagerFactory emf;

    @Test
    void securiteFindsTheFrenchSecurityOfBishkekWithTheWordMarked() {
        GraphQL.ok("search", "text", "securite", "first", 100, "textLang", "FR")
                .body("data.search.findAll { it.node.__typename in ['Statement', 'Document']"
                        + " && (it.node.summary ?: it.node.title).contains('sécurité') }.snippet",
                        hasItem(containsString("<mark>sécurité</mark>")));
    }

    @Test
    void poutineFindsPutinFirst() {
        JsonPath json = search("Poutine", null, null, "EN");
        assertThat(json.getString("data.search[0].node.__typename"), equalTo("Person"));
        assertThat(json.getString("data.search[0].node.id"), equalTo("vladimir-putin"));
        assertThat(json.getString("data.search[0].snippet"), equalTo("Vladimir <mark>Poutine</mark>"));
    }

    @Test
    void putinInCyrillicFindsPutin() {
        JsonPath json = search("Путин", null, null, "RU");
        assertThat(json.getList("data.search.node.id"), hasItem("vladimir-putin"));
        assertThat(json.getList("data.search.snippet"), hasItem("Владимир <mark>Путин</mark>"));
    }

    @Test
    void caseDoesNotMatter() {
        List<Object> lower = search("securite", null, 100, null).getList("data.search");
        List<Object> upper = search("SECURITE", null, 100, null).getList("data.search");
        assertThat(lower.size(), greaterThan(0));
        assertThat(upper, equalTo(lower));
    }

    @Test
    void securityInEnglishFindsEnglishTextsWithEnglishSnippets() {
        JsonPath json = search("security", "EN", 100, "EN");
        assertThat(json.getList("data.search.node.id"), hasItem("csto-2025-11-27-bishkek-document-1"));
        assertThat(json.getList("data.search.node.title"),
                hasItem("Declaration of the Collective Security Council of the Collective Security Treaty Organization"));
        List<String> snippets = json.getList("data.search.snippet");
        assertThat(snippets, everyItem(containsStringIgnoringCase("<mark>security</mark>")));
    }

    @Test
    void withLangTheWordsAreStemmedInThatLanguage() {
        // the Russian name of the CSTO has "безопасности", a form of "безопасность"
        JsonPath russian = search("безопасность", "RU", null, "RU");
        assertThat(russian.getList("data.search.node.id"), hasItem("csto"));
        assertThat(russian.getList("data.search.snippet"), hasItem(containsString("<mark>безопасности</mark>")));
        assertThat(search("безопасность", "EN", null, null).getList("data.search"), hasSize(0));
    }

    @Test
    void withoutLangTheSnippetIsInTheRequestLanguageWhenItMatches() {
        String snippet = "data.search.find { it.node.id == 'vladimir-putin' }.snippet";
        GraphQL.okWithHeaders("search", Map.of("Accept-Language", "fr"), "text", "Vladimir")
                .body(snippet, equalTo("<mark>Vladimir</mark> Poutine"));
        GraphQL.okWithHeaders("search", Map.of("Accept-Language", "en"), "text", "Vladimir")
                .body(snippet, equalTo("<mark>Vladimir</mark> Putin"));
    }

    @Test
    void hitsComeBestFirst() {
        JsonPath all = search("securite", null, 100, null);
        List<Number> scores = all.getList("data.search.score");
        assertThat(scores.size(), greaterThan(3));
        for (int i = 1; i < scores.size(); i++) {
            assertThat("score " + i, scores.get(i).doubleValue(), lessThanOrEqualTo(scores.get(i - 1).doubleValue()));
        }
        // a short list is the head of the long one, not any three hits
        assertThat(search("securite", null, 3, null).getList("data.search"),
                equalTo(all.getList("data.search").subList(0, 3)));
    }

    @Test
    void aStatementFoundByItsSummaryAndAQuoteIsOneHit() {
        // "difficult to predict" is in the summary of Rahmon's statement and in its only quote
        List<String> ids = search("difficult to predict", null, 100, null).getList("data.search.node.id");
        assertThat(ids, hasItem("csto-2025-11-27-bishkek-statement-3"));
        assertThat(ids, hasSize(new HashSet<>(ids).size()));
    }

    @Test
    void aNewSummitIsFoundRightAway() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2030, 1, 1), SummitStatus.SCHEDULED);
        // the fixture's title holds its id, a word made up for this test
        JsonPath json = search(summit, null, null, null);
        assertThat(json.getList("data.search.node.id"), equalTo(List.of(summit)));
        assertThat(json.getString("data.search[0].snippet"), containsString("<mark>"));
    }

    @Test
    void aChangedTitleIsFoundRightAway() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2030, 1, 1), SummitStatus.SCHEDULED);
        String word = "Zébrûlon" + Fixtures.unique().replaceAll("[0-9]", "x");
        retitle(summit, new LocalizedText("Summit of " + word, "Sommet de " + word, null));
        JsonPath json = search(word.toUpperCase().replace("É", "E").replace("Û", "U"), "FR", null, null);
        assertThat(json.getList("data.search.node.id"), equalTo(List.of(summit)));
        assertThat(json.getString("data.search[0].snippet"), equalTo("Sommet de <mark>" + word + "</mark>"));
    }

    @Test
    void snippetsAreSafeHtml() {
        String summit = fixtures.summit(fixtures.organization("moscow"), LocalDate.of(2030, 1, 1), SummitStatus.SCHEDULED);
        String word = "Quillot" + Fixtures.unique().replaceAll("[0-9]", "q");
        retitle(summit, LocalizedText.english("R&D <b>" + word + "</b>"));
        GraphQL.ok("search", "text", word)
                .body("data.search.snippet", contains("R&amp;D &lt;b&gt;<mark>" + word + "</mark>&lt;/b&gt;"));
    }

    @Test
    void pagesLargerThanTheMaximumAreRefused() {
        GraphQL.send("search", Map.of(), "text", "securite", "first", 101)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("100"));
    }

    @Test
    void blankTextIsRefused() {
        GraphQL.send("search", Map.of(), "text", "  ")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("text"));
    }

    @Test
    void aSearchRunsOneQueryAndOneBatchOfNodesWhateverTheHits() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        JsonPath json = GraphQL.ok("searchIds", "text", "securite", "first", 100).extract().jsonPath();
        long statements = stats.getPrepareStatementCount();
        List<String> types = json.getList("data.search.node.__typename");
        long distinctTypes = types.stream().distinct().count();
        assertThat(types.size(), greaterThan(10));
        // the search, the lookup of the node ids' types, then one query per type
        assertThat(statements, equalTo(2 + distinctTypes));
    }

    @Test
    void theSearchUsesTheGinIndexes() {
        List<?> plan = QuarkusTransaction.requiringNew().call(() -> {
            // tables this small are scanned otherwise; local, so the pooled connection gets it back unset
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            return em.createNativeQuery("explain " + SearchService.SQL, String.class)
                    .setParameter("text", "securite")
                    .setParameter("lang", null)
                    .setParameter("languages", "EN,FR,RU")
                    .setParameter("first", 20)
                    .getResultList();
        });
        String text = String.join("\n", plan.stream().map(String::valueOf).toList());
        for (String table : List.of("summit", "statement", "statement_quote", "statement_proposal", "document",
                "person", "organization")) {
            assertThat(text, containsString("Bitmap Index Scan on " + table + "_search_idx"));
        }
        assertThat(text, not(containsString("Seq Scan")));
    }

    private static void retitle(String summit, LocalizedText title) {
        QuarkusTransaction.requiringNew().run(() -> Summit.<Summit> findById(summit).title = title);
    }

    private static JsonPath search(String text, String lang, Integer first, String textLang) {
        return GraphQL.ok("search", "text", text, "lang", lang, "first", first, "textLang", textLang)
                .extract().jsonPath();
    }
}
