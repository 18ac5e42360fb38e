package org.summitgraph.data;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.ApiException;
import org.summitgraph.time.Dates;

/**
 * Keyset pagination helpers. A cursor is an opaque, URL-safe Base64 string over the sort key of
 * the last item seen, so that pages stay stable when rows are inserted before them.
 */
@ApplicationScoped
public class Paging {

    /** Page size of a list asked without {@code first}, as the {@code @DefaultValue} of its {@code first} argument. */
    public static final String DEFAULT_FIRST = "20";
    public static final int DEFAULT_PAGE_SIZE = Integer.parseInt(DEFAULT_FIRST);
    private static final String SEPARATOR = "\u001f";

    @Inject SummitGraphConfig config;

    /** The validated page size: {@code first} or the default, between 0 and the maximum. */
    public int pageSize(Integer first) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0) {
            throw ApiException.badInput("`first` must not be negative (got " + size + ")");
        }
        if (size > config.maxPageSize()) {
            throw ApiException.badInput("`first` must not exceed " + config.maxPageSize() + " (got " + size + ")");
        }
        return size;
    }

    /**
     * The page of a list read with {@code size + 1} rows at most: its first {@code size} rows, each with
     * its cursor from {@code cursorOf}; a next page follows when there was a row more.
     */
    public static <T> Page<T> page(List<T> rows, int size, Function<? super T, String> cursorOf) {
        List<T> items = List.copyOf(rows.subList(0, Math.min(size, rows.size())));
        List<String> cursors = items.stream().<String>map(cursorOf).toList();
        String endCursor = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        return new Page<>(items, cursors, new PageInfo(rows.size() > size, endCursor));
    }

    public static String encode(String kind, String... keys) {
        String raw = kind + SEPARATOR + String.join(SEPARATOR, keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** A numeric key of a decoded cursor. */
    public static long number(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    /** A date key of a decoded cursor: a day the service records (see {@link Dates}), as no other is in a list. */
    public static LocalDate date(String key) {
        try {
            LocalDate date = LocalDate.parse(key);
            if (Dates.inRange(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw invalidCursor();
    }

    /**
     * The keys of a cursor made by {@link #encode} for the same kind, or null when there is none. Keys are
     * ids, dates and numbers: one holding a control character (a NUL, which PostgreSQL refuses in a text)
     * was not made here.
     */
    public static List<String> decode(String cursor, String kind, int keyCount) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split(SEPARATOR, -1));
            if (parts.size() == keyCount + 1 && parts.get(0).equals(kind)
                    && parts.stream().allMatch(part -> part.chars().noneMatch(Character::isISOControl))) {
                return parts.subList(1, parts.size());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw invalidCursor();
    }

    private static ApiException invalidCursor() {
        return ApiException.badInput("`after` is not a valid cursor for this list");
    }
}
