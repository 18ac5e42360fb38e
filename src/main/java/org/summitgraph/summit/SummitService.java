package org.summitgraph.summit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.data.Batches;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.PageRequest;
import org.summitgraph.data.Paging;
import org.summitgraph.data.Where;

@ApplicationScoped
public class SummitService {

    private static final String CURSOR_KIND = "summit";

    @Inject EntityManager em;
    @Inject Paging paging;

    @Transactional
    public SummitView byId(String id) {
        return byIds(Collections.singletonList(id)).get(0);
    }

    /** Summits for the given ids, in the same order; null where an id is null or unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<SummitView> byIds(List<String> ids) {
        return Batches.valuesInOrder(em,
                "select s.id, " + SummitView.COLUMNS + " from Summit s where key_in(s.id, :keys)", ids,
                r -> (String) r[0], r -> SummitView.of(r, 1));
    }

    /** All the organization's summits, oldest first: for documents that list every one (the calendar feeds). */
    @Transactional
    public List<SummitView> ofOrganization(String organizationCode) {
        return em.createQuery("select " + SummitView.COLUMNS
                + " from Summit s where s.organization.code = :code order by s.heldOn, s.id", Object[].class)
                .setParameter("code", organizationCode)
                .getResultStream().map(r -> SummitView.of(r, 0)).toList();
    }

    /** A page of summits that pass the filter, in its order. */
    @Transactional
    public SummitConnection page(SummitFilter filter, PageArguments arguments) {
        boolean descending = filter.order() == SummitOrder.DATE_DESC;
        PageRequest request = paging.request(arguments, SummitKey.kind(descending), 2);
        // the keys checked before any SQL runs
        Where bounds = new Where();
        request.bounds(descending, (operator, keys, argument) -> bounds.and(
                "(s.heldOn %1$s :%2$sDate or (s.heldOn = :%2$sDate and s.id %1$s :%2$sId))".formatted(operator, argument),
                argument + "Date", Paging.date(keys.get(0), argument), argument + "Id", keys.get(1)));
        Where where = filter.toWhere();
        int total = where.count(em, "Summit s");
        where.and(bounds);
        String direction = request.direction(descending);
        List<SummitView> rows = where.rows(em, SummitView.COLUMNS, "Summit s",
                "s.heldOn" + direction + ", s.id" + direction, request.limit())
                .stream().map(r -> SummitView.of(r, 0)).toList();
        return connection(rows, request, total, descending);
    }

    /** Per organization: one page of its summits, oldest first, in three queries whatever the count. */
    @Transactional
    public List<SummitConnection> pagesOfOrganizations(List<String> organizationCodes, PageArguments arguments) {
        PageRequest request = paging.request(arguments, SummitKey.kind(false), 2);
        SummitKey after = request.after() == null ? null : SummitKey.of(request.after(), "after");
        SummitKey before = request.before() == null ? null : SummitKey.of(request.before(), "before");
        String direction = request.direction(false);
        Collection<String> codes = Batches.distinct(organizationCodes);
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select s.organization.code, count(s) from Summit s where key_in(s.organization.code, :codes)"
                + " group by s.organization.code", Object[].class)
                .setParameter("codes", Batches.array(codes))
                .getResultStream().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        // the first size + 1 summits of each organization between the cursors in the order read, ranked in one statement
        var pageQuery = em.createNativeQuery("""
                select id from (
                  select s.id, row_number() over (partition by s.organization_code order by s.held_on%1$s, s.id%1$s) as rank
                  from summit s
                  where s.organization_code in (:codes)
                    and (cast(:afterDate as date) is null or (s.held_on, s.id) > (cast(:afterDate as date), :afterId))
                    and (cast(:beforeDate as date) is null or (s.held_on, s.id) < (cast(:beforeDate as date), :beforeId))
                ) ranked where rank <= :limit""".formatted(direction), String.class)
                .setParameter("codes", codes)
                .setParameter("afterDate", after == null ? null : after.date())
                .setParameter("afterId", after == null ? "" : after.id())
                .setParameter("beforeDate", before == null ? null : before.date())
                .setParameter("beforeId", before == null ? "" : before.id())
                .setParameter("limit", request.limit());
        @SuppressWarnings("unchecked")
        List<String> ids = pageQuery.getResultList();
        Map<String, List<SummitView>> byOrganization = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select " + SummitView.COLUMNS + " from Summit s where key_in(s.id, :ids) order by s.heldOn"
                    + direction + ", s.id" + direction, Object[].class)
                    .setParameter("ids", Batches.array(ids))
                    .getResultStream().map(r -> SummitView.of(r, 0))
                    .forEach(s -> byOrganization.computeIfAbsent(s.organizationCode(), k -> new ArrayList<>()).add(s));
        }
        return organizationCodes.stream()
                .map(code -> connection(byOrganization.getOrDefault(code, List.of()), request,
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
        return Batches.listsInOrder(em, "select pa.summit.id, " + ParticipationView.COLUMNS
                + " from Participation pa where key_in(pa.summit.id, :keys) order by pa.id",
                summitIds, r -> (String) r[0], r -> ParticipationView.of(r, 1));
    }

    @Transactional(TxType.SUPPORTS)
    public List<List<ParticipationView>> participationsByPerson(List<String> personIds) {
        return Batches.listsInOrder(em, "select pa.person.id, " + ParticipationView.COLUMNS
                + " from Participation pa where key_in(pa.person.id, :keys) order by pa.summit.heldOn, pa.id",
                personIds, r -> (String) r[0], r -> ParticipationView.of(r, 1));
    }

    /** Per organization: how many of its summits each year saw, by year. */
    @Transactional(TxType.SUPPORTS)
    public List<List<YearCount>> summitsPerYear(List<String> organizationCodes) {
        return Batches.listsInOrder(em, """
                select s.organization.code, extract(year from s.heldOn), count(s) from Summit s
                where key_in(s.organization.code, :keys) group by 1, 2 order by 2""", organizationCodes,
                r -> (String) r[0], r -> new YearCount(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
    }

    /** Per organization: how many of its summits each state hosted, most first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<CountryCount>> summitsPerHostCountry(List<String> organizationCodes) {
        return Batches.listsInOrder(em, """
                select s.organization.code, s.hostCountry.code, count(s) from Summit s
                where key_in(s.organization.code, :keys) and s.hostCountry is not null
                group by 1, 2 order by 3 desc, 2""", organizationCodes,
                r -> (String) r[0], r -> new CountryCount((String) r[1], ((Number) r[2]).intValue()));
    }

    /** Per organization: how many seats at its summits each state's representatives took, most first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<CountryCount>> participationsPerCountry(List<String> organizationCodes) {
        return Batches.listsInOrder(em, """
                select pa.summit.organization.code, pa.country.code, count(pa) from Participation pa
                where key_in(pa.summit.organization.code, :keys) and pa.country is not null
                group by 1, 2 order by 3 desc, 2""", organizationCodes,
                r -> (String) r[0], r -> new CountryCount((String) r[1], ((Number) r[2]).intValue()));
    }

    private static SummitConnection connection(List<SummitView> rows, PageRequest request, int total, boolean descending) {
        Page<SummitView> page = Paging.page(rows, request, s -> SummitKey.of(s).encode(descending));
        return new SummitConnection(total, page.items(), page.edges(SummitEdge::new), page.pageInfo());
    }

    /** Sort key of a summit in lists: date, then id. */
    record SummitKey(LocalDate date, String id) {

        static String kind(boolean descending) {
            return descending ? CURSOR_KIND + "-desc" : CURSOR_KIND;
        }

        static SummitKey of(SummitView s) {
            return new SummitKey(s.date(), s.id());
        }

        /** A cursor of one order cannot be used in the other, where it would skip or repeat summits. */
        String encode(boolean descending) {
            return Paging.encode(kind(descending), date.toString(), id);
        }

        /** The key of a decoded cursor given as {@code argument}. */
        static SummitKey of(List<String> keys, String argument) {
            return new SummitKey(Paging.date(keys.get(0), argument), keys.get(1));
        }
    }
}
