package org.summitgraph.data;

import java.util.List;

/**
 * A page as asked, checked by {@link Paging#request}: its size, whether it is read backward (with
 * {@code last}) and the decoded keys of the {@code after} and {@code before} cursors (null when absent).
 * A page read backward is read in the other order from {@code before} (else from the end of the list),
 * then turned back by {@link Paging#page(List, PageRequest, java.util.function.Function)}.
 */
public record PageRequest(int size, boolean backward, List<String> after, List<String> before) {

    /** A condition that keeps the rows on one side of a cursor. */
    @FunctionalInterface
    public interface Bound {
        /**
         * Adds the condition that keeps the rows whose key compares as {@code operator} ("&gt;" or "&lt;",
         * in ascending terms) to {@code keys}; {@code argument} ("after" or "before") names the cursor, for
         * distinct parameter names and for the error of a bad key.
         */
        void add(String operator, List<String> keys, String argument);
    }

    /** Rows read at most: one more than the page, to know whether another follows. */
    public int limit() {
        return size + 1;
    }

    /** Whether rows are read in descending key order, for a list whose own order is {@code descending}. */
    public boolean readsDescending(boolean descending) {
        return descending != backward;
    }

    /** " desc" when rows are read in descending key order, else "". */
    public String direction(boolean descending) {
        return readsDescending(descending) ? " desc" : "";
    }

    /** Adds the bounds of the cursors given: after {@code after} and before {@code before} in the list's order. */
    public void bounds(boolean descending, Bound bound) {
        if (after != null) {
            bound.add(descending ? "<" : ">", after, "after");
        }
        if (before != null) {
            bound.add(descending ? ">" : "<", before, "before");
        }
    }
}
