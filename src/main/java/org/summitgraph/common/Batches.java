package org.summitgraph.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * One query for a whole batch of parents: batch resolvers get their parents' keys and must answer
 * in the same order, with one SQL statement whatever the number of keys.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code jpql} once with {@code :keys} bound to the distinct keys (and any other named
     * parameters, as name, value pairs); its first column must be the key. Returns, for each key
     * in order, its rows mapped by {@code map}.
     */
    public static <K, V> List<List<V>> grouped(EntityManager em, String jpql, List<K> keys, Function<Object[], V> map,
            Object... namesAndValues) {
        Map<Object, List<V>> groups = new HashMap<>();
        for (Object[] row : rows(em, jpql, keys, namesAndValues)) {
            groups.computeIfAbsent(row[0], k -> new ArrayList<>()).add(map.apply(row));
        }
        return keys.stream().map(k -> groups.getOrDefault(k, List.of())).toList();
    }

    /**
     * Like {@link #grouped}, for one row per key: null where a key is null or has no row; where
     * it has several, the last one wins.
     */
    public static <K, V> List<V> single(EntityManager em, String jpql, List<K> keys, Function<Object[], V> map,
            Object... namesAndValues) {
        Map<Object, V> found = new HashMap<>();
        for (Object[] row : rows(em, jpql, keys, namesAndValues)) {
            found.put(row[0], map.apply(row));
        }
        return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
    }

    private static <K> List<Object[]> rows(EntityManager em, String jpql, List<K> keys, Object... namesAndValues) {
        Collection<K> wanted = distinct(keys);
        if (wanted.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("keys", wanted);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return query.getResultList();
    }

    /** The distinct non-null keys, for an {@code in} list. */
    public static <K> Collection<K> distinct(List<K> keys) {
        LinkedHashSet<K> set = new LinkedHashSet<>(keys);
        set.remove(null);
        return set;
    }
}
