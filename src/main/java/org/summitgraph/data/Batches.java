package org.summitgraph.data;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

import io.quarkus.arc.Arc;

/**
 * One query for a whole batch of parents: batch resolvers get their parents' keys and must answer
 * in the same order, with one SQL statement whatever the number of keys. Outside a transaction (the
 * batch methods of the services are {@code @Transactional(SUPPORTS)}) the statement runs alone in
 * autocommit; inside one (an edit reading back what it wrote) it runs in that transaction.
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
        if (Arc.container().instance(TransactionSynchronizationRegistry.class).get()
                .getTransactionStatus() == Status.STATUS_ACTIVE) {
            // within an edit: its own changes, not yet committed, must be seen
            return bind(em.createQuery(jpql, Object[].class), wanted, namesAndValues).getResultList();
        }
        // a read on its own: one statement in autocommit, with no BEGIN and COMMIT around it
        try (StatelessSession session = Arc.container().instance(SessionFactory.class).get().openStatelessSession()) {
            return bind(session.createQuery(jpql, Object[].class), wanted, namesAndValues).getResultList();
        }
    }

    private static <Q extends Query> Q bind(Q query, Collection<?> keys, Object... namesAndValues) {
        query.setParameter("keys", array(keys));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    /**
     * The keys, not empty, as an array of their own class (String[], Long[]...), which binds as one SQL
     * array: for {@code key_in} (see {@link KeyFunctions}).
     */
    public static <K> Object[] array(Collection<K> keys) {
        Object[] typed = (Object[]) Array.newInstance(keys.iterator().next().getClass(), keys.size());
        return keys.toArray(typed);
    }

    /** The distinct non-null keys, for an {@code in} list. */
    public static <K> Collection<K> distinct(List<K> keys) {
        LinkedHashSet<K> set = new LinkedHashSet<>(keys);
        set.remove(null);
        return set;
    }
}
