package org.summitgraph.data;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;

/**
 * Readable ids for new objects, unique across all types and over time: the node registry holds
 * every id in use and, retired, every id of a deleted object, which is never given again.
 */
public final class NodeIds {

    private NodeIds() {
    }

    /** {@code id} itself, refused with DUPLICATE when an object has it or had it. */
    public static String free(EntityManager em, String id) {
        List<OffsetDateTime> found = em.createQuery("select n.retiredAt from NodeEntry n where n.id = :id",
                OffsetDateTime.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            return id;
        }
        throw new ApiException(ErrorCode.DUPLICATE, found.get(0) == null ? "The id " + id + " is already taken"
                : "The id " + id + " belonged to an object since deleted; ids are never given again");
    }

    /** The readable form of {@code text}, suffixed with -2, -3... until no object has or had it. */
    public static String freeVariant(EntityManager em, String text) {
        String base = slug(text);
        String id = base;
        for (int n = 2; taken(em, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** "Emomali Rahmon" → "emomali-rahmon", "Chișinău" → "chisinau". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "object" : slug;
    }

    /** Whether an object has or had the id: retired ids count. */
    private static boolean taken(EntityManager em, String id) {
        return em.createQuery("select count(n) from NodeEntry n where n.id = :id", Long.class).setParameter("id", id)
                .getSingleResult() > 0;
    }
}
