package org.summitgraph.common;

import java.text.Normalizer;
import java.util.Locale;

import jakarta.persistence.EntityManager;

/** Readable ids for new objects, unique across all types (the node registry holds them all). */
public final class NodeIds {

    private NodeIds() {
    }

    /** {@code id} itself, refused with DUPLICATE when another object has it. */
    public static String free(EntityManager em, String id) {
        if (taken(em, id)) {
            throw new ApiException(ErrorCode.DUPLICATE, "The id " + id + " is already taken");
        }
        return id;
    }

    /** The readable form of {@code text}, suffixed with -2, -3... until no object has it. */
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

    private static boolean taken(EntityManager em, String id) {
        return em.createQuery("select count(n) from NodeEntry n where n.id = :id", Long.class).setParameter("id", id)
                .getSingleResult() > 0;
    }
}
