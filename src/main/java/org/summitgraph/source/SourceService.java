package org.summitgraph.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.data.Batches;

/** Loads the sources of many records of one entity in a single query. */
@ApplicationScoped
public class SourceService {

    @Inject EntityManager em;

    /** Sources for the given ids, in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<SourceView> byIds(List<String> ids) {
        return Batches.valuesInOrder(em, "select s.id, s from Source s where key_in(s.id, :keys)", ids,
                r -> (String) r[0], r -> SourceView.of((Source) r[1]));
    }

    /**
     * Sources per record id, in the order of {@code ids}, for an entity whose {@code sources}
     * association lists its sources.
     */
    @Transactional(TxType.SUPPORTS)
    public <K> List<List<SourceView>> sourcesOf(Class<?> entity, List<K> ids) {
        // the id's type is the entity's (a String or a Long), the same as the keys'
        return Batches.listsInOrder(em, "select o.id, s from " + entity.getSimpleName()
                + " o join o.sources s where key_in(o.id, :keys) order by s.publishedOn nulls last, s.id", ids,
                r -> r[0], r -> SourceView.of((Source) r[1]));
    }
}
