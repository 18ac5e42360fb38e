package org.summitgraph.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Loads the sources of many records of one entity in a single query. */
@ApplicationScoped
public class SourceService {

    private final EntityManager em;

    SourceService(EntityManager em) {
        this.em = em;
    }

    /**
     * Sources per record id, for an entity whose {@code id} is {@code ids}' type and whose
     * {@code sources} association lists its sources.
     */
    @Transactional
    public <K> List<List<SourceView>> sourcesOf(Class<?> entity, List<K> ids) {
        Map<Object, List<SourceView>> byOwner = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Object[]> rows = em.createQuery("select o.id, s from " + entity.getSimpleName()
                    + " o join o.sources s where o.id in :ids order by s.publishedOn nulls last, s.id", Object[].class)
                    .setParameter("ids", distinct(ids))
                    .getResultList();
            for (Object[] row : rows) {
                byOwner.computeIfAbsent(row[0], k -> new ArrayList<>()).add(SourceView.of((Source) row[1]));
            }
        }
        return ids.stream().map(id -> byOwner.getOrDefault(id, List.of())).toList();
    }

    private static <K> Collection<K> distinct(List<K> ids) {
        return new LinkedHashSet<>(ids);
    }
}
