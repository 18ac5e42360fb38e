package org.summitgraph.data;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

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
    /** Description of the {@code last} argument of every connection. */
    public static final String LAST = "Backward paging: the last items of the list, or those just before `before`; "
            + "when given, `first` is not used. At most the service's maximum page size (summit-graph.max-page-size).";
    /** Description of the {@code before} argument of every connection. */
    public static final String BEFORE = "A cursor (`startCursor` or an edge's): only items before it.";
    private static final String SEPARATOR = "\u001f";

    @Inject SummitGraphConfig config;

    /** The validated page size: {@code first} or the default, between 0 and the maximum. */
    public int pageSize(Integer first) {
        return size("first", first == null ? DEFAULT_PAGE_SIZE : first);
    }

    /**
     * The page asked: {@code first} (or the default) rows after {@code after}, or, when {@code last} is given,
     * {@code last} rows before {@code before} (Relay's backward paging, for which {@code first}, which has a
     * default, is not used); both cursors bound the rows when both are given. Cursors are of the list's
     * {@code kind}, with {@code keyCount} keys.
     */
    public PageRequest request(PageArguments arguments, String kind, int keyCount) {
        boolean backward = arguments.last() != null;
        int size = backward ? size("last", arguments.last()) : pageSize(arguments.first());
        return new PageRequest(size, backward, decode(arguments.after(), kind, keyCount, "after"),
                decode(arguments.before(), kind, keyCount, "before"));
    }

    private int size(String argument, int size) {
        if (size < 0) {
            throw ApiException.badInput("`" + argument + "` must not be negative (got " + size + ")");
        }
        if (size > config.maxPageSize()) {
            throw ApiException.badInput("`" + argument + "` must not exceed " + config.maxPageSize() + " (got " + size + ")");
        }
        return size;
    }

    /**
     * The page of a list read forward with {@code size + 1} rows at most: its first {@code size} rows, each
     * with its cursor from {@code cursorOf}; a next page follows when there was a row more.
     */
    public static <T> Page<T> page(List<T> rows, int size, Function<? super T, String> cursorOf) {
        return page(rows, new PageRequest(size, false, null, null), cursorOf);
    }

    /**
     * The page of a list read as {@code request} says, with {@code request.limit()} rows at most: the first
     * {@code size} rows read, in the list's order (turned back when read backward), each with its cursor from
     * {@code cursorOf}; a row more read means another page in the direction read.
     */
    public static <T> Page<T> page(List<T> rows, PageRequest request, Function<? super T, String> cursorOf) {
        int size = request.size();
        List<T> read = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
        if (request.backward()) {
            Collections.reverse(read);
        }
        List<T> items = List.copyOf(read);
        return page(items, items.stream().<String>map(cursorOf).toList(), request, rows.size() > size);
    }

    /**
     * The page of {@code items} with their cursors; {@code more} says whether items follow in the direction
     * read, and a cursor on the other side says that some come before.
     */
    private static <T> Page<T> page(List<T> items, List<String> cursors, PageRequest request, boolean more) {
        String startCursor = cursors.isEmpty() ? null : cursors.get(0);
        String endCursor = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        PageInfo info = request.backward()
                ? new PageInfo(request.before() != null, endCursor, more, startCursor)
                : new PageInfo(more, endCursor, request.after() != null, startCursor);
        return new Page<>(items, cursors, info);
    }

    /**
     * A page of a list held whole (the nested lists of one parent, read in one batch for all parents): the
     * same arguments as a keyset list, but cursors of the list's {@code kind} that hold positions in the
     * list, as in Relay's reference {@code connectionFromArray}.
     */
    public <T> Page<T> slice(List<T> all, PageArguments arguments, String kind) {
        PageRequest request = request(arguments, kind, 1);
        int from = request.after() == null ? 0 : Math.min(all.size(), position(request.after(), "after") + 1);
        int to = request.before() == null ? all.size() : Math.min(all.size(), position(request.before(), "before"));
        to = Math.max(from, to);
        int size = request.size();
        boolean more = to - from > size;
        int start = request.backward() ? Math.max(from, to - size) : from;
        int end = request.backward() ? to : Math.min(to, from + size);
        List<T> items = List.copyOf(all.subList(start, end));
        List<String> cursors = IntStream.range(start, end).mapToObj(i -> encode(kind, Integer.toString(i))).toList();
        return page(items, cursors, request, more);
    }

    private static int position(List<String> keys, String argument) {
        long position = number(keys.get(0), argument);
        if (position < 0 || position > Integer.MAX_VALUE) {
            throw invalidCursor(argument);
        }
        return (int) position;
    }

    public static String encode(String kind, String... keys) {
        String raw = kind + SEPARATOR + String.join(SEPARATOR, keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** A numeric key of a decoded cursor. */
    public static long number(String key) {
        return number(key, "after");
    }

    /** A numeric key of a decoded cursor given as {@code argument}. */
    public static long number(String key, String argument) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalidCursor(argument);
        }
    }

    /** A date key of a decoded cursor: a day the service records (see {@link Dates}), as no other is in a list. */
    public static LocalDate date(String key) {
        return date(key, "after");
    }

    /** A date key of a decoded cursor given as {@code argument}. */
    public static LocalDate date(String key, String argument) {
        try {
            LocalDate date = LocalDate.parse(key);
            if (Dates.inRange(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw invalidCursor(argument);
    }

    /**
     * The keys of a cursor made by {@link #encode} for the same kind, or null when there is none. Keys are
     * ids, dates and numbers: one holding a control character (a NUL, which PostgreSQL refuses in a text)
     * was not made here.
     */
    public static List<String> decode(String cursor, String kind, int keyCount) {
        return decode(cursor, kind, keyCount, "after");
    }

    /** The keys of a cursor given as {@code argument} ("after" or "before"), as {@link #decode(String, String, int)}. */
    public static List<String> decode(String cursor, String kind, int keyCount, String argument) {
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
        throw invalidCursor(argument);
    }

    private static ApiException invalidCursor(String argument) {
        return ApiException.badInput("`" + argument + "` is not a valid cursor for this list");
    }
}
