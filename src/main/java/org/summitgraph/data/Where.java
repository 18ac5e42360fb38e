package org.summitgraph.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The conditions of a filtered list, combined with AND, and their parameters: the same
 * conditions give the total count and, with the cursor's condition added, the page.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code condition} with its named parameters given as name, value pairs. */
    public Where and(String condition, Object... namesAndValues) {
        conditions.add(condition);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** Adds the conditions of {@code other}, with their parameters. */
    public Where and(Where other) {
        conditions.addAll(other.conditions);
        parameters.putAll(other.parameters);
        return this;
    }

    /** How many rows of {@code from} (an entity and its alias, e.g. "Summit s") pass the filter. */
    public int count(EntityManager em, String from) {
        TypedQuery<Long> query = em.createQuery("select count(*) from " + from + where(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult().intValue();
    }

    /** At most {@code limit} rows of {@code select} from {@code from} that pass the filter, in {@code orderBy} order. */
    public List<Object[]> rows(EntityManager em, String select, String from, String orderBy, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select " + select + " from " + from + where() + " order by " + orderBy,
                Object[].class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
