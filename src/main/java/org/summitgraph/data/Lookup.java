package org.summitgraph.data;

import java.util.List;

import org.summitgraph.error.ApiException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Finds the objects an edit refers to, or refuses the edit with NOT_FOUND. */
public final class Lookup {

    private Lookup() {
    }

    /** The entity of {@code type} with this id; NOT_FOUND naming {@code what} when there is none. */
    public static <T extends PanacheEntityBase> T require(Class<T> type, Object id, String what) {
        T found = id == null ? null : Panache.getEntityManager(type).find(type, id);
        if (found == null) {
            throw ApiException.notFound(what + " " + id);
        }
        return found;
    }

    /** The entity of {@code type} known to clients by this node id; NOT_FOUND naming {@code what} when there is none. */
    public static <T extends PanacheEntityBase> T byNodeId(Class<T> type, String nodeId, String what) {
        return Panache.getEntityManager(type).createQuery("from " + type.getSimpleName() + " where nodeId = :id", type)
                .setParameter("id", nodeId).getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound(what + " " + nodeId));
    }

    /** Like {@link #require}, but null for a null id. */
    public static <T extends PanacheEntityBase> T optional(Class<T> type, Object id, String what) {
        return id == null ? null : require(type, id, what);
    }

    /** Refuses the edit when the object is no longer at the version it was based on. */
    public static void checkVersion(String what, int expected, int actual) {
        if (expected != actual) {
            throw ApiException.staleVersion(what, expected, actual);
        }
    }

    /** The sources with these ids, for an edit that links them to what it records. */
    public static <S extends PanacheEntityBase> List<S> all(Class<S> type, List<String> ids, String what) {
        return ids == null ? List.of() : ids.stream().map(id -> require(type, id, what)).toList();
    }
}
