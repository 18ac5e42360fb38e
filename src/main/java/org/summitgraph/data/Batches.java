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
 * One query for a whole batch of parents, with one SQL statement whatever the number of keys: the
 * answer is a map by the key that {@code keyOf} reads from each row, and {@link #inOrder} lines it up
 * with the parents for the batch resolvers, which must answer in their parents' order. Outside a
 * transaction (the batch methods of the services are {@code @Transactional(SUPPORTS)}) the statement
 * runs alone in autocommit; inside one (an edit reading back what it wrote) it runs in that transaction.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code jpql} once with {@code :keys} bound to the distinct keys (and any other named
     * parameters, as name, value pairs). Returns the rows mapped by {@code valueOf}, in the query's
     * order, grouped by the key {@code keyOf} reads from each; a key without rows is absent.
     */
    public static <K, V> Map<K, List<V>> grouped(EntityManager em, String jpql, List<? extends K> keys,
            Function<Object[], K> keyOf, Function<Object[], V> valueOf, Object... namesAndValues) {
        Map<K, List<V>> groups = new HashMap<>();
        for (Object[] row : rows(em, jpql, keys, namesAndValues)) {
            groups.computeIfAbsent(keyOf.apply(row), k -> new ArrayList<>()).add(valueOf.apply(row));
        }
        return groups;
    }

    /**
     * Like {@link #grouped}, for one row per key: where a key has several rows, the last one wins; a
     * key without rows is absent.
     */
    public static <K, V> Map<K, V> single(EntityManager em, String jpql, List<? extends K> keys,
            Function<Object[], K> keyOf, Function<Object[], V> valueOf, Object... namesAndValues) {
        Map<K, V> found = new HashMap<>();
        for (Object[] row : rows(em, jpql, keys, namesAndValues)) {
            found.put(keyOf.apply(row), valueOf.apply(row));
        }
        return found;
    }

    /**
     * The value of each key in {@code byKey}, in the order of {@code keys} (repeats included), and
     * {@code emptyValue} where a key is null or absent: the list a batch resolver answers.
     */
    public static <K, V> List<V> inOrder(List<? extends K> keys, Map<K, V> byKey, V emptyValue) {
        return keys.stream().map(key -> key == null ? emptyValue : byKey.getOrDefault(key, emptyValue)).toList();
    }

    /** {@link #grouped}, lined up with {@code keys}: each key's rows, empty for a key without any. */
    public static <K, V> List<List<V>> listsInOrder(EntityManager em, String jpql, List<? extends K> keys,
            Function<Object[], K> keyOf, Function<Object[], V> valueOf, Object... namesAndValues) {
        return inOrder(keys, grouped(em, jpql, keys, keyOf, valueOf, namesAndValues), List.of());
    }

    /** {@link #single}, lined up with {@code keys}: each key's row, null for a key without one. */
    public static <K, V> List<V> valuesInOrder(EntityManager em, String jpql, List<? extends K> keys,
            Function<Object[], K> keyOf, Function<Object[], V> valueOf, Object... namesAndValues) {
        return inOrder(keys, single(em, jpql, keys, keyOf, valueOf, namesAndValues), null);
    }

    private static List<Object[]> rows(EntityManager em, String jpql, List<?> keys, Object... namesAndValues) {
        Collection<?> wanted = distinct(keys);
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
