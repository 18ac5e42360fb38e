package org.summitgraph.summit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.error.ApiException;
import org.summitgraph.data.Batches;
import org.summitgraph.data.Where;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.data.PageInfo;
import org.summitgraph.data.Paging;

@ApplicationScoped
public class SummitService {

    private static final String CURSOR_KIND = "summit";

    private final EntityManager em;
    private final Paging paging;

    SummitService(EntityManager em, Paging paging) {
        this.em = em;
        this.paging = paging;
    }

    @Transactional
    public SummitView byId(String id) {
        return byIds(Collections.singletonList(id)).get(0);
    }

    /** Summits for the given ids, in the same order; null where an id is null or unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<SummitView> byIds(List<String> ids) {
        return Batches.inOrder(ids, Batches.single(em,
                "select s.id, " + SummitView.COLUMNS + " from Summit s where key_in(s.id, :keys)", ids,
                r -> (String) r[0], r -> SummitView.of(r, 1)), null);
    }

    /** Statements for the given node ids, in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<StatementView> statementsByNodeIds(List<String> ids) {
        return Batches.inOrder(ids, Batches.single(em,
                "select st.nodeId, " + StatementView.COLUMNS + " from Statement st where key_in(st.nodeId, :keys)",
                ids, r -> (String) r[0], r -> StatementView.of(r, 1)), null);
    }

    /** Documents for the given node ids, in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<DocumentView> documentsByNodeIds(List<String> ids) {
        return Batches.inOrder(ids, Batches.single(em,
                "select d.nodeId, " + DocumentView.COLUMNS + " from Document d where key_in(d.nodeId, :keys)",
                ids, r -> (String) r[0], r -> DocumentView.of(r, 1)), null);
    }

    /** A page of summits that pass the filter, in its order. */
    @Transactional
    public SummitConnection page(SummitFilter filter, Integer first, String after) {
        int size = paging.pageSize(first);
        boolean descending = filter.order() == SummitOrder.DATE_DESC;
        SummitKey cursor = SummitKey.decode(after, descending);
        Where where = filter.toWhere();
        int total = where.count(em, "Summit s");
        if (cursor != null) {
            String later = descending ? "<" : ">";
            where.and("(s.heldOn %1$s :afterDate or (s.heldOn = :afterDate and s.id %1$s :afterId))".formatted(later),
                    "afterDate", cursor.date(), "afterId", cursor.id());
        }
        String direction = descending ? " desc" : "";
        List<SummitView> rows = where.rows(em, SummitView.COLUMNS, "Summit s",
                "s.heldOn" + direction + ", s.id" + direction, size + 1)
                .stream().map(r -> SummitView.of(r, 0)).toList();
        return connection(rows, size, total, descending);
    }

    /** Per organization: one page of its summits, oldest first, in three queries whatever the count. */
    @Transactional
    public List<SummitConnection> pagesOfOrganizations(List<String> organizationCodes, Integer first, String after) {
        int size = paging.pageSize(first);
        SummitKey cursor = SummitKey.decode(after, false);
        Collection<String> codes = Batches.distinct(organizationCodes);
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select s.organization.code, count(s) from Summit s where key_in(s.organization.code, :codes)"
                + " group by s.organization.code", Object[].class)
                .setParameter("codes", Batches.array(codes))
                .getResultStream().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        // the first size + 1 summits of each organization past the cursor, ranked in one statement
        var pageQuery = em.createNativeQuery("""
                select id from (
                  select s.id, row_number() over (partition by s.organization_code order by s.held_on, s.id) as rank
                  from summit s
                  where s.organization_code in (:codes)
                    and (cast(:afterDate as date) is null or (s.held_on, s.id) > (cast(:afterDate as date), :afterId))
                ) ranked where rank <= :limit""", String.class)
                .setParameter("codes", codes)
                .setParameter("afterDate", cursor == null ? null : cursor.date())
                .setParameter("afterId", cursor == null ? "" : cursor.id())
                .setParameter("limit", size + 1);
        @SuppressWarnings("unchecked")
        List<String> ids = pageQuery.getResultList();
        Map<String, List<SummitView>> byOrganization = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select " + SummitView.COLUMNS + " from Summit s where key_in(s.id, :ids) order by s.heldOn, s.id",
                    Object[].class)
                    .setParameter("ids", Batches.array(ids))
                    .getResultStream().map(r -> SummitView.of(r, 0))
                    .forEach(s -> byOrganization.computeIfAbsent(s.organizationCode(), k -> new ArrayList<>()).add(s));
        }
        return organizationCodes.stream()
                .map(code -> connection(byOrganization.getOrDefault(code, List.of()), size,
                        counts.getOrDefault(code, 0L).intValue(), false))
                .toList();
    }

    /**
     * Per organization: its earliest summit dated on or after {@code asOf} that is not cancelled,
     * or null.
     */
    @Transactional
    public List<SummitView> nextMeetings(List<String> organizationCodes, LocalDate asOf) {
        if (organizationCodes.isEmpty()) {
            return List.of();
        }
        Map<String, SummitView> next = new HashMap<>();
        // latest first, so that the earliest one is put last and stays
        em.createQuery("select " + SummitView.COLUMNS + """
                 from Summit s
                where key_in(s.organization.code, :codes) and s.heldOn >= :asOf and s.status <> :cancelled
                order by s.heldOn desc, s.id desc""", Object[].class)
                .setParameter("codes", Batches.array(Batches.distinct(organizationCodes)))
                .setParameter("asOf", asOf)
                .setParameter("cancelled", SummitStatus.CANCELLED)
                .getResultStream().map(r -> SummitView.of(r, 0))
                .forEach(s -> next.put(s.organizationCode(), s));
        return organizationCodes.stream().map(next::get).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public List<List<ParticipationView>> participationsBySummit(List<String> summitIds) {
        return Batches.inOrder(summitIds, Batches.grouped(em, "select pa.summit.id, " + ParticipationView.COLUMNS
                + " from Participation pa where key_in(pa.summit.id, :keys) order by pa.id",
                summitIds, r -> (String) r[0], r -> ParticipationView.of(r, 1)), List.of());
    }

    @Transactional(TxType.SUPPORTS)
    public List<List<ParticipationView>> participationsByPerson(List<String> personIds) {
        return Batches.inOrder(personIds, Batches.grouped(em, "select pa.person.id, " + ParticipationView.COLUMNS
                + " from Participation pa where key_in(pa.person.id, :keys) order by pa.summit.heldOn, pa.id",
                personIds, r -> (String) r[0], r -> ParticipationView.of(r, 1)), List.of());
    }

    @Transactional(TxType.SUPPORTS)
    public List<List<StatementView>> statementsBySummit(List<String> summitIds) {
        return Batches.inOrder(summitIds, Batches.grouped(em, "select st.summit.id, " + StatementView.COLUMNS
                + " from Statement st where key_in(st.summit.id, :keys) order by st.ordinal",
                summitIds, r -> (String) r[0], r -> StatementView.of(r, 1)), List.of());
    }

    @Transactional(TxType.SUPPORTS)
    public List<List<StatementView>> statementsByPerson(List<String> personIds) {
        return Batches.inOrder(personIds, Batches.grouped(em, "select st.speaker.id, " + StatementView.COLUMNS
                + " from Statement st where key_in(st.speaker.id, :keys) order by st.summit.heldOn, st.ordinal",
                personIds, r -> (String) r[0], r -> StatementView.of(r, 1)), List.of());
    }

    /** Per summit: its documents, of {@code kind} only when it is given, in order. */
    @Transactional(TxType.SUPPORTS)
    public List<List<DocumentView>> documentsBySummit(List<String> summitIds, String kind) {
        String jpql = "select d.summit.id, " + DocumentView.COLUMNS + " from Document d where key_in(d.summit.id, :keys)"
                + (kind == null ? "" : " and d.kind = :kind") + " order by d.ordinal";
        return Batches.inOrder(summitIds, kind == null
                ? Batches.grouped(em, jpql, summitIds, r -> (String) r[0], r -> DocumentView.of(r, 1))
                : Batches.grouped(em, jpql, summitIds, r -> (String) r[0], r -> DocumentView.of(r, 1), "kind", kind),
                List.of());
    }

    /** A page of documents, by summit date then rank within the summit. */
    @Transactional
    public DocumentConnection documents(String organization, String kind, Integer first, String after) {
        int size = paging.pageSize(first);
        List<String> cursor = Paging.decode(after, "document", 3);
        // every key checked before any SQL runs
        LocalDate afterDate = cursor == null ? null : Paging.date(cursor.get(0));
        Integer afterOrdinal = cursor == null ? null : ordinal(cursor.get(2));
        Where where = new Where();
        if (organization != null) {
            where.and("d.summit.organization.code = :organization", "organization", organization);
        }
        if (kind != null) {
            where.and("d.kind = :kind", "kind", kind);
        }
        int total = where.count(em, "Document d");
        if (cursor != null) {
            where.and("""
                    (d.summit.heldOn > :afterDate or (d.summit.heldOn = :afterDate and (d.summit.id > :afterSummit
                     or (d.summit.id = :afterSummit and d.ordinal > :afterOrdinal))))""",
                    "afterDate", afterDate, "afterSummit", cursor.get(1), "afterOrdinal", afterOrdinal);
        }
        List<Object[]> rows = where.rows(em, DocumentView.COLUMNS + ", d.summit.heldOn, d.ordinal", "Document d",
                "d.summit.heldOn, d.summit.id, d.ordinal", size + 1);
        List<DocumentEdge> edges = rows.stream().limit(size)
                .map(r -> {
                    DocumentView document = DocumentView.of(r, 0);
                    return new DocumentEdge(Paging.encode("document", r[7].toString(), document.summitId(),
                            r[8].toString()), document);
                })
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new DocumentConnection(total, edges.stream().map(DocumentEdge::node).toList(), edges,
                new PageInfo(rows.size() > size, endCursor));
    }

    private static int ordinal(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ApiException.badInput("`after` is not a valid cursor for this list");
        }
    }

    /** Per organization: how many of its summits each year saw, by year. */
    @Transactional(TxType.SUPPORTS)
    public List<List<YearCount>> summitsPerYear(List<String> organizationCodes) {
        return Batches.inOrder(organizationCodes, Batches.grouped(em, """
                select s.organization.code, extract(year from s.heldOn), count(s) from Summit s
                where key_in(s.organization.code, :keys) group by 1, 2 order by 2""", organizationCodes,
                r -> (String) r[0], r -> new YearCount(((Number) r[1]).intValue(), ((Number) r[2]).intValue())), List.of());
    }

    /** Per organization: how many of its summits each state hosted, most first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<CountryCount>> summitsPerHostCountry(List<String> organizationCodes) {
        return Batches.inOrder(organizationCodes, Batches.grouped(em, """
                select s.organization.code, s.hostCountry.code, count(s) from Summit s
                where key_in(s.organization.code, :keys) and s.hostCountry is not null
                group by 1, 2 order by 3 desc, 2""", organizationCodes,
                r -> (String) r[0], r -> new CountryCount((String) r[1], ((Number) r[2]).intValue())), List.of());
    }

    /** Per organization: how many seats at its summits each state's representatives took, most first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<CountryCount>> participationsPerCountry(List<String> organizationCodes) {
        return Batches.inOrder(organizationCodes, Batches.grouped(em, """
                select pa.summit.organization.code, pa.country.code, count(pa) from Participation pa
                where key_in(pa.summit.organization.code, :keys) and pa.country is not null
                group by 1, 2 order by 3 desc, 2""", organizationCodes,
                r -> (String) r[0], r -> new CountryCount((String) r[1], ((Number) r[2]).intValue())), List.of());
    }

    /** Per statement: its quotes in {@code lang} (each falling back to English), in order. */
    @Transactional(TxType.SUPPORTS)
    public List<List<String>> quotes(List<Long> statementIds, Language lang) {
        return texts("StatementQuote", statementIds, lang);
    }

    /** Per statement: its quotes in {@code lang} (each falling back to English), with their language, in order. */
    @Transactional(TxType.SUPPORTS)
    public List<List<QuoteText>> quoteTexts(List<Long> statementIds, Language lang) {
        return Batches.inOrder(statementIds, Batches.grouped(em,
                "select q.statement.id, q.text, q.originalLanguage from StatementQuote q"
                + " where key_in(q.statement.id, :keys) order by q.ordinal",
                statementIds, r -> (Long) r[0], r -> QuoteText.of((LocalizedText) r[1], (Language) r[2], lang)), List.of());
    }

    /** Per statement: its proposals in {@code lang} (each falling back to English), in order. */
    @Transactional(TxType.SUPPORTS)
    public List<List<String>> proposals(List<Long> statementIds, Language lang) {
        return texts("StatementProposal", statementIds, lang);
    }

    private List<List<String>> texts(String entity, List<Long> statementIds, Language lang) {
        return Batches.inOrder(statementIds, Batches.grouped(em, "select t.statement.id, t.text from " + entity
                + " t where key_in(t.statement.id, :keys) order by t.ordinal",
                statementIds, r -> (Long) r[0], r -> ((LocalizedText) r[1]).in(lang)), List.of());
    }

    private static SummitConnection connection(List<SummitView> rows, int size, int total, boolean descending) {
        List<SummitView> nodes = rows.subList(0, Math.min(size, rows.size()));
        List<SummitEdge> edges = nodes.stream().map(s -> new SummitEdge(SummitKey.of(s).encode(descending), s)).toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new SummitConnection(total, nodes, edges, new PageInfo(rows.size() > size, endCursor));
    }

    /** Sort key of a summit in lists: date, then id. */
    record SummitKey(LocalDate date, String id) {

        private static String kind(boolean descending) {
            return descending ? CURSOR_KIND + "-desc" : CURSOR_KIND;
        }

        static SummitKey of(SummitView s) {
            return new SummitKey(s.date(), s.id());
        }

        /** A cursor of one order cannot be used in the other, where it would skip or repeat summits. */
        String encode(boolean descending) {
            return Paging.encode(kind(descending), date.toString(), id);
        }

        static SummitKey decode(String cursor, boolean descending) {
            List<String> keys = Paging.decode(cursor, kind(descending), 2);
            if (keys == null) {
                return null;
            }
            return new SummitKey(Paging.date(keys.get(0)), keys.get(1));
        }
    }
}
