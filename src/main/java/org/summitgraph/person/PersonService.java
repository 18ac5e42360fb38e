package org.summitgraph.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.summitgraph.common.Batches;
import org.summitgraph.common.PageInfo;
import org.summitgraph.common.Paging;

@ApplicationScoped
public class PersonService {

    private static final String CURSOR_KIND = "person";

    private final EntityManager em;
    private final Paging paging;

    PersonService(EntityManager em, Paging paging) {
        this.em = em;
        this.paging = paging;
    }

    @Transactional
    public PersonView byId(String id) {
        return byIds(Collections.singletonList(id)).get(0);
    }

    /** People for the given ids, in the same order; null where an id is null or unknown. */
    @Transactional
    public List<PersonView> byIds(List<String> ids) {
        return Batches.single(em, "select pe.id, " + PersonView.COLUMNS + " from Person pe where pe.id in :keys", ids,
                r -> PersonView.of(r, 1));
    }

    /** A page of people ordered by id, optionally of one country. */
    @Transactional
    public PersonConnection page(String countryCode, Integer first, String after) {
        int size = paging.pageSize(first);
        List<String> cursor = Paging.decode(after, CURSOR_KIND, 1);
        List<String> where = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>();
        if (countryCode != null) {
            where.add("pe.country.code = :country");
            params.put("country", countryCode);
        }
        TypedQuery<Long> count = em.createQuery("select count(pe) from Person pe where " + String.join(" and ", where),
                Long.class);
        params.forEach(count::setParameter);
        if (cursor != null) {
            where.add("pe.id > :after");
            params.put("after", cursor.get(0));
        }
        TypedQuery<Object[]> query = em.createQuery("select " + PersonView.COLUMNS + " from Person pe where "
                + String.join(" and ", where) + " order by pe.id", Object[].class)
                .setMaxResults(size + 1);
        params.forEach(query::setParameter);
        List<PersonView> rows = query.getResultStream().map(r -> PersonView.of(r, 0)).toList();
        List<PersonView> nodes = rows.subList(0, Math.min(size, rows.size()));
        List<PersonEdge> edges = nodes.stream().map(p -> new PersonEdge(Paging.encode(CURSOR_KIND, p.id()), p)).toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new PersonConnection(count.getSingleResult().intValue(), nodes, edges,
                new PageInfo(rows.size() > size, endCursor));
    }

    /** Per person: every post held, oldest first. */
    @Transactional
    public List<List<PositionView>> positions(List<String> personIds) {
        return Batches.grouped(em, "select p.person.id, " + PositionView.COLUMNS
                + " from Position p where p.person.id in :keys order by p.startOn nulls first, p.id", personIds,
                r -> PositionView.of(r, 1));
    }

    /**
     * Per organization: who held the post of {@code kind} on {@code asOf}; a full holder is
     * preferred to an acting one.
     */
    @Transactional
    public List<PersonView> holdersInOrganizations(List<String> organizationCodes, String kind, LocalDate asOf) {
        if (organizationCodes.isEmpty()) {
            return List.of();
        }
        Map<String, PersonView> holders = new HashMap<>();
        em.createQuery("select p.organization.code, " + PersonView.COLUMNS + """
                 from Position p join p.person pe
                where p.organization.code in :codes and p.kind = :kind
                  and (p.startOn is null or p.startOn <= :asOf) and (p.endOn is null or p.endOn >= :asOf)
                order by p.acting desc, p.startOn nulls first""", Object[].class)
                .setParameter("codes", Batches.distinct(organizationCodes))
                .setParameter("kind", kind)
                .setParameter("asOf", asOf)
                .getResultStream()
                .forEach(r -> holders.put((String) r[0], PersonView.of(r, 1)));
        return organizationCodes.stream().map(holders::get).toList();
    }
}
