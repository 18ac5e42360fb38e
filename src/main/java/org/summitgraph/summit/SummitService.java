package org.summitgraph.summit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

import org.summitgraph.common.ApiException;
import org.summitgraph.common.Batches;
import org.summitgraph.common.Language;
import org.summitgraph.common.LocalizedText;
import org.summitgraph.common.PageInfo;
import org.summitgraph.common.Paging;

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
    @Transactional
    public List<SummitView> byIds(List<String> ids) {
        return Batches.single(em, "select s.id, " + SummitView.COLUMNS + " from Summit s where s.id in :keys", ids,
                r -> SummitView.of(r, 1));
    }

    /** Statements for the given node ids, in the same order; null where unknown. */
    @Transactional
    public List<StatementView> statementsByNodeIds(List<String> ids) {
        return Batches.single(em, "select st.nodeId, " + StatementView.COLUMNS + " from Statement st where st.nodeId in :keys",
                ids, r -> StatementView.of(r, 1));
    }

    /** Documents for the given node ids, in the same order; null where unknown. */
    @Transactional
    public List<DocumentView> documentsByNodeIds(List<String> ids) {
        return Batches.single(em, "select d.nodeId, " + DocumentView.COLUMNS + " from Document d where d.nodeId in :keys",
                ids, r -> DocumentView.of(r, 1));
    }

    /** A page of summits, oldest first, filtered by the arguments that are not null. */
    @Transactional
    public SummitConnection page(String organizationCode, Integer year, SummitStatus status, Integer first,
            String after) {
        int size = paging.pageSize(first);
        SummitKey cursor = SummitKey.decode(after);
        List<String> where = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>();
        if (organizationCode != null) {
            where.add("s.organization.code = :organization");
            params.put("organization", organizationCode);
        }
        if (year != null) {
            where.add("s.heldOn >= :yearStart and s.heldOn < :nextYearStart");
            params.put("yearStart", LocalDate.of(year, 1, 1));
            params.put("nextYearStart", LocalDate.of(year + 1, 1, 1));
        }
        if (status != null) {
            where.add("s.status = :status");
            params.put("status", status);
        }
        TypedQuery<Long> count = em.createQuery("select count(s) from Summit s where " + String.join(" and ", where),
                Long.class);
        params.forEach(count::setParameter);
        if (cursor != null) {
            where.add("(s.heldOn > :afterDate or (s.heldOn = :afterDate and s.id > :afterId))");
            params.put("afterDate", cursor.date());
            params.put("afterId", cursor.id());
        }
        TypedQuery<Object[]> query = em.createQuery("select " + SummitView.COLUMNS + " from Summit s where "
                + String.join(" and ", where) + " order by s.heldOn, s.id", Object[].class)
                .setMaxResults(size + 1);
        params.forEach(query::setParameter);
        List<SummitView> rows = query.getResultStream().map(r -> SummitView.of(r, 0)).toList();
        return connection(rows, size, count.getSingleResult());
    }

    /** Per organization: one page of its summits, oldest first, in three queries whatever the count. */
    @Transactional
    public List<SummitConnection> pagesOfOrganizations(List<String> organizationCodes, Integer first, String after) {
        int size = paging.pageSize(first);
        SummitKey cursor = SummitKey.decode(after);
        Collection<String> codes = Batches.distinct(organizationCodes);
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select s.organization.code, count(s) from Summit s where s.organization.code in :codes"
                + " group by s.organization.code", Object[].class)
                .setParameter("codes", codes)
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
            em.createQuery("select " + SummitView.COLUMNS + " from Summit s where s.id in :ids order by s.heldOn, s.id",
                    Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream().map(r -> SummitView.of(r, 0))
                    .forEach(s -> byOrganization.computeIfAbsent(s.organizationCode(), k -> new ArrayList<>()).add(s));
        }
        return organizationCodes.stream()
                .map(code -> connection(byOrganization.getOrDefault(code, List.of()), size, counts.getOrDefault(code, 0L)))
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
                where s.organization.code in :codes and s.heldOn >= :asOf and s.status <> :cancelled
                order by s.heldOn desc, s.id desc""", Object[].class)
                .setParameter("codes", Batches.distinct(organizationCodes))
                .setParameter("asOf", asOf)
                .setParameter("cancelled", SummitStatus.CANCELLED)
                .getResultStream().map(r -> SummitView.of(r, 0))
                .forEach(s -> next.put(s.organizationCode(), s));
        return organizationCodes.stream().map(next::get).toList();
    }

    @Transactional
    public List<List<ParticipationView>> participationsBySummit(List<String> summitIds) {
        return Batches.grouped(em, "select pa.summit.id, " + ParticipationView.COLUMNS
                + " from Participation pa where pa.summit.id in :keys order by pa.id",
                summitIds, r -> ParticipationView.of(r, 1));
    }

    @Transactional
    public List<List<ParticipationView>> participationsByPerson(List<String> personIds) {
        return Batches.grouped(em, "select pa.person.id, " + ParticipationView.COLUMNS
                + " from Participation pa where pa.person.id in :keys order by pa.summit.heldOn, pa.id",
                personIds, r -> ParticipationView.of(r, 1));
    }

    @Transactional
    public List<List<StatementView>> statementsBySummit(List<String> summitIds) {
        return Batches.grouped(em, "select st.summit.id, " + StatementView.COLUMNS
                + " from Statement st where st.summit.id in :keys order by st.ordinal",
                summitIds, r -> StatementView.of(r, 1));
    }

    @Transactional
    public List<List<StatementView>> statementsByPerson(List<String> personIds) {
        return Batches.grouped(em, "select st.speaker.id, " + StatementView.COLUMNS
                + " from Statement st where st.speaker.id in :keys order by st.summit.heldOn, st.ordinal",
                personIds, r -> StatementView.of(r, 1));
    }

    @Transactional
    public List<List<DocumentView>> documentsBySummit(List<String> summitIds) {
        return Batches.grouped(em, "select d.summit.id, " + DocumentView.COLUMNS
                + " from Document d where d.summit.id in :keys order by d.ordinal",
                summitIds, r -> DocumentView.of(r, 1));
    }

    /** Per statement: its quotes in {@code lang} (each falling back to English), in order. */
    @Transactional
    public List<List<String>> quotes(List<Long> statementIds, Language lang) {
        return texts("StatementQuote", statementIds, lang);
    }

    /** Per statement: its proposals in {@code lang} (each falling back to English), in order. */
    @Transactional
    public List<List<String>> proposals(List<Long> statementIds, Language lang) {
        return texts("StatementProposal", statementIds, lang);
    }

    private List<List<String>> texts(String entity, List<Long> statementIds, Language lang) {
        return Batches.grouped(em, "select t.statement.id, t.text from " + entity
                + " t where t.statement.id in :keys order by t.ordinal",
                statementIds, r -> ((LocalizedText) r[1]).in(lang));
    }

    private static SummitConnection connection(List<SummitView> rows, int size, long total) {
        List<SummitView> nodes = rows.subList(0, Math.min(size, rows.size()));
        List<SummitEdge> edges = nodes.stream().map(s -> new SummitEdge(SummitKey.of(s).encode(), s)).toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new SummitConnection((int) total, nodes, edges, new PageInfo(rows.size() > size, endCursor));
    }

    /** Sort key of a summit in lists: date, then id. */
    record SummitKey(LocalDate date, String id) {

        static SummitKey of(SummitView s) {
            return new SummitKey(s.date(), s.id());
        }

        String encode() {
            return Paging.encode(CURSOR_KIND, date.toString(), id);
        }

        static SummitKey decode(String cursor) {
            List<String> keys = Paging.decode(cursor, CURSOR_KIND, 2);
            if (keys == null) {
                return null;
            }
            try {
                return new SummitKey(LocalDate.parse(keys.get(0)), keys.get(1));
            } catch (DateTimeParseException e) {
                throw ApiException.badInput("`after` is not a valid cursor for this list");
            }
        }
    }
}
