package org.summitgraph.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.data.Paging;
import org.summitgraph.error.ApiException;
import org.summitgraph.i18n.Language;

/**
 * Full-text search over the {@code search} columns and GIN indexes of V5__search.sql, in one SQL
 * statement whatever the number of hits.
 */
@ApplicationScoped
public class SearchService {

    /**
     * Parameters: {@code :text}; {@code :lang} (EN, FR, RU or null for all three); {@code :languages},
     * the languages a snippet may be in, by preference, comma-separated; {@code :first}. Columns:
     * node id, score, snippet.
     */
    static final String SQL = """
            with q as materialized (
                select websearch_to_tsquery('en_unaccent', :text) as en,
                       websearch_to_tsquery('fr_unaccent', :text) as fr,
                       websearch_to_tsquery('ru_unaccent', :text) as ru
            ), asked as materialized (
                select case cast(:lang as text) when 'EN' then en when 'FR' then fr when 'RU' then ru
                            else en || fr || ru end as query
                from q
            ), matches as (
                -- per searched row: its node id, its score and its text in each language (null where missing)
                select s.id as node_id, ts_rank(s.search, a.query, 1) as score,
                       concat_ws(' — ', s.title_en, s.venue_en) as text_en,
                       nullif(concat_ws(' — ', s.title_fr, s.venue_fr), '') as text_fr,
                       nullif(concat_ws(' — ', s.title_ru, s.venue_ru), '') as text_ru
                from summit s, asked a where s.search @@ a.query
                union all
                select st.node_id, ts_rank(st.search, a.query, 1), st.summary_en, st.summary_fr, st.summary_ru
                from statement st, asked a where st.search @@ a.query
                union all
                select st.node_id, ts_rank(sq.search, a.query, 1), sq.text_en, sq.text_fr, sq.text_ru
                from statement_quote sq join statement st on st.id = sq.statement_id, asked a
                where sq.search @@ a.query
                union all
                select st.node_id, ts_rank(sp.search, a.query, 1), sp.text_en, sp.text_fr, sp.text_ru
                from statement_proposal sp join statement st on st.id = sp.statement_id, asked a
                where sp.search @@ a.query
                union all
                select d.node_id, ts_rank(d.search, a.query, 1), d.title_en, d.title_fr, d.title_ru
                from document d, asked a where d.search @@ a.query
                union all
                select p.id, ts_rank(p.search, a.query, 1), p.name_en, p.name_fr, p.name_ru
                from person p, asked a where p.search @@ a.query
                union all
                select o.node_id, ts_rank(o.search, a.query, 1), o.name_en || coalesce(' (' || o.acronym_en || ')', ''),
                       o.name_fr || coalesce(' (' || o.acronym_fr || ')', ''),
                       o.name_ru || coalesce(' (' || o.acronym_ru || ')', '')
                from organization o, asked a where o.search @@ a.query
            ), best as (
                -- a statement found by its summary and its quotes is one hit, with its best score
                select distinct on (node_id) * from matches order by node_id, score desc
            ), top as materialized (
                select * from best order by score desc, node_id limit :first
            ), chosen as materialized (
                -- the first language, by preference, whose text matches the query read in that language
                select top.*, coalesce((
                    select l from unnest(string_to_array(:languages, ',')) with ordinality as o(l, n)
                    where case l when 'FR' then to_tsvector('fr_unaccent', top.text_fr) @@ q.fr
                                 when 'RU' then to_tsvector('ru_unaccent', top.text_ru) @@ q.ru
                                 else to_tsvector('en_unaccent', top.text_en) @@ q.en end
                    order by n limit 1), split_part(:languages, ',', 1)) as lang
                from top, q
            )
            select c.node_id, c.score, ts_headline(
                    cast(case c.lang when 'FR' then 'fr_unaccent' when 'RU' then 'ru_unaccent' else 'en_unaccent' end
                         as regconfig),
                    -- escaped first, so that the snippet is safe HTML once the marks are in
                    replace(replace(replace(
                            case c.lang when 'FR' then coalesce(c.text_fr, c.text_en)
                                        when 'RU' then coalesce(c.text_ru, c.text_en) else c.text_en end,
                            '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                    case c.lang when 'FR' then q.fr when 'RU' then q.ru else q.en end,
                    'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15')
            from chosen c, q
            order by c.score desc, c.node_id""";

    private final EntityManager em;
    private final Paging paging;
    private final SummitGraphConfig.Limits limits;

    SearchService(EntityManager em, Paging paging, SummitGraphConfig config) {
        this.em = em;
        this.paging = paging;
        this.limits = config.limits();
    }

    /**
     * The best {@code first} hits for {@code text}, read in {@code lang}, or in all three languages
     * when it is null; snippets in {@code preferred} (the request's language of texts: {@code lang}
     * when given), else, without {@code lang}, in the first of EN, FR, RU whose text matches.
     */
    @Transactional
    public List<SearchHit> search(String text, Language lang, Language preferred, Integer first) {
        int size = paging.pageSize(first);
        if (text == null || text.isBlank()) {
            throw ApiException.badInput("`text` must not be blank");
        }
        // PostgreSQL's text search takes time quadratic in the words of the text
        if (text.length() > limits.maxSearchLength()) {
            throw ApiException.badInput("`text` has " + text.length() + " characters; at most "
                    + limits.maxSearchLength() + " are allowed");
        }
        int terms = text.strip().split("\\s+").length;
        if (terms > limits.maxSearchTerms()) {
            throw ApiException.badInput("`text` has " + terms + " words; at most " + limits.maxSearchTerms()
                    + " are allowed");
        }
        Set<Language> languages = new LinkedHashSet<>(List.of(preferred));
        if (lang == null) {
            languages.addAll(List.of(Language.values()));
        }
        List<?> rows = em.createNativeQuery(SQL, Object[].class)
                .setParameter("text", text)
                .setParameter("lang", lang == null ? null : lang.name())
                .setParameter("languages", languages.stream().map(Language::name).collect(Collectors.joining(",")))
                .setParameter("first", size)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new SearchHit((String) r[0], ((Number) r[1]).doubleValue(), (String) r[2]))
                .toList();
    }
}
