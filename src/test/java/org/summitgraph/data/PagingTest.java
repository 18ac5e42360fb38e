package org.summitgraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;

/** Cursors and page arithmetic of {@link Paging}, without the application: pure logic. */
class PagingTest {

    private static final String BAD_CURSOR = "`after` is not a valid cursor for this list";
    private static final Function<String, String> CURSOR = id -> Paging.encode("item", id);

    // --- cursors ---

    @Test
    void aCursorDecodesToTheKeysItWasMadeOf() {
        String cursor = Paging.encode("document", "2025-11-27", "csto-2025-11-27-bishkek", "3");
        assertEquals(List.of("2025-11-27", "csto-2025-11-27-bishkek", "3"), Paging.decode(cursor, "document", 3));
    }

    @Test
    void keysInAnyScriptAndEmptyKeysComeBackUnchanged() {
        String cursor = Paging.encode("person", "владимир-путин", "", "élysée");
        assertEquals(List.of("владимир-путин", "", "élysée"), Paging.decode(cursor, "person", 3));
    }

    @Test
    void aCursorIsUrlSafeBase64WithoutPadding() {
        String cursor = Paging.encode("summit", "2025-11-27", "csto-2025-11-27-bishkek");
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(Paging.decode(null, "summit", 2));
    }

    @Test
    void dateAndNumberKeysRoundTrip() {
        List<String> keys = Paging.decode(Paging.encode("change", "2025-11-27", "42"), "change", 2);
        assertEquals(LocalDate.of(2025, 11, 27), Paging.date(keys.get(0)));
        assertEquals(42L, Paging.number(keys.get(1)));
    }

    static Stream<Arguments> hostileCursors() {
        return Stream.of(
                Arguments.of("another list's cursor", Paging.encode("person", "vladimir-putin")),
                Arguments.of("the other order's cursor", Paging.encode("summit-desc", "2025-11-27", "csto")),
                Arguments.of("a key too few", Paging.encode("summit", "2025-11-27")),
                Arguments.of("a key too many", Paging.encode("summit", "2025-11-27", "csto", "1")),
                Arguments.of("a key holding NUL", Paging.encode("summit", "2025-11-27", "csto\u0000")),
                Arguments.of("a key holding a control character", Paging.encode("summit", "2025-11-27", "csto\u0007")),
                Arguments.of("not Base64", "not a cursor!"),
                Arguments.of("padded Base64 of another alphabet", Base64.getEncoder().encodeToString(new byte[] { -5, -1 })),
                Arguments.of("an empty string", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCursors")
    void aCursorNotMadeForThisListIsBadUserInput(String kind, String cursor) {
        assertBadCursor(() -> Paging.decode(cursor, "summit", 2));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+99999-01-01", "+9999999-01-01", "-0005-01-01", "0000-12-31", "2025-02-30", "yesterday", "" })
    void aDateKeyOutsideTheRecordedDaysIsBadUserInput(String key) {
        assertBadCursor(() -> Paging.date(key));
    }

    @Test
    void theRecordedDaysAtBothEndsAreDateKeys() {
        assertEquals(LocalDate.of(1, 1, 1), Paging.date("0001-01-01"));
        assertEquals(LocalDate.of(9999, 12, 31), Paging.date("9999-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "99999999999999999999", "12a", "1.5", "", " 1" })
    void aNumberKeyThatIsNoLongIsBadUserInput(String key) {
        assertBadCursor(() -> Paging.number(key));
    }

    // --- pages ---

    @Test
    void sizePlusOneRowsMakeAFullPageWithANextOne() {
        Page<String> page = Paging.page(ids(4), 3, CURSOR);
        assertEquals(List.of("a0", "a1", "a2"), page.items());
        assertTrue(page.pageInfo().hasNextPage());
        assertEquals(CURSOR.apply("a2"), page.pageInfo().endCursor());
    }

    @Test
    void exactlySizeRowsMakeTheLastPage() {
        Page<String> page = Paging.page(ids(3), 3, CURSOR);
        assertEquals(List.of("a0", "a1", "a2"), page.items());
        assertFalse(page.pageInfo().hasNextPage());
        assertEquals(CURSOR.apply("a2"), page.pageInfo().endCursor());
    }

    @Test
    void fewerRowsThanTheSizeMakeAShortLastPage() {
        Page<String> page = Paging.page(ids(2), 3, CURSOR);
        assertEquals(List.of("a0", "a1"), page.items());
        assertFalse(page.pageInfo().hasNextPage());
        assertEquals(CURSOR.apply("a1"), page.pageInfo().endCursor());
    }

    @Test
    void noRowsMakeAnEmptyLastPageWithoutEndCursor() {
        Page<String> page = Paging.page(List.of(), 3, CURSOR);
        assertEquals(List.of(), page.items());
        assertFalse(page.pageInfo().hasNextPage());
        assertNull(page.pageInfo().endCursor());
    }

    @Test
    void aPageOfSizeZeroOnlyTellsWhetherAnythingFollows() {
        Page<String> page = Paging.page(ids(1), 0, CURSOR);
        assertEquals(List.of(), page.items());
        assertTrue(page.pageInfo().hasNextPage());
        assertNull(page.pageInfo().endCursor());
    }

    @Test
    void edgesPairEachItemWithItsOwnCursorInOrder() {
        Page<String> page = Paging.page(ids(3), 2, CURSOR);
        assertEquals(List.of(CURSOR.apply("a0") + " a0", CURSOR.apply("a1") + " a1"),
                page.edges((cursor, item) -> cursor + " " + item));
        assertEquals(page.cursors().get(1), page.pageInfo().endCursor());
    }

    @Test
    void theCursorOfARowContinuesAfterIt() {
        Page<String> first = Paging.page(ids(3), 2, CURSOR);
        assertEquals(List.of("a1"), Paging.decode(first.pageInfo().endCursor(), "item", 1));
    }

    @Test
    void mappedItemsKeepTheCursorsOfTheRowsTheyWereMadeFrom() {
        Page<Integer> page = Paging.page(ids(3), 2, CURSOR).map(String::length);
        assertEquals(List.of(2, 2), page.items());
        assertEquals(List.of(CURSOR.apply("a0"), CURSOR.apply("a1")), page.cursors());
        assertTrue(page.pageInfo().hasNextPage());
        assertEquals(CURSOR.apply("a1"), page.pageInfo().endCursor());
    }

    @Test
    void aPageReadBackwardIsTurnedBackIntoTheListsOrder() {
        // rows read from the end: a3, a2, a1 (one more than the page)
        Page<String> page = Paging.page(List.of("a3", "a2", "a1"), new PageRequest(2, true, null, null), CURSOR);
        assertEquals(List.of("a2", "a3"), page.items());
        assertEquals(List.of(CURSOR.apply("a2"), CURSOR.apply("a3")), page.cursors());
        assertTrue(page.pageInfo().hasPreviousPage());
        assertFalse(page.pageInfo().hasNextPage());
        assertEquals(CURSOR.apply("a2"), page.pageInfo().startCursor());
        assertEquals(CURSOR.apply("a3"), page.pageInfo().endCursor());
    }

    @Test
    void aBackwardPageBeforeACursorHasANextPageAndNoPreviousOneAtTheStart() {
        Page<String> page = Paging.page(List.of("a1", "a0"), new PageRequest(2, true, null, List.of("a2")), CURSOR);
        assertEquals(List.of("a0", "a1"), page.items());
        assertFalse(page.pageInfo().hasPreviousPage());
        assertTrue(page.pageInfo().hasNextPage());
    }

    @Test
    void aForwardPageAfterACursorHasAPreviousPage() {
        Page<String> page = Paging.page(List.of("a1"), new PageRequest(2, false, List.of("a0"), null), CURSOR);
        assertTrue(page.pageInfo().hasPreviousPage());
        assertFalse(page.pageInfo().hasNextPage());
        assertEquals(CURSOR.apply("a1"), page.pageInfo().startCursor());
        assertFalse(Paging.page(ids(1), 2, CURSOR).pageInfo().hasPreviousPage());
    }

    @Test
    void boundsAreTheOtherWayRoundInADescendingList() {
        List<String> added = new java.util.ArrayList<>();
        PageRequest request = new PageRequest(2, true, List.of("x"), List.of("y"));
        request.bounds(false, (operator, keys, argument) -> added.add(argument + operator + keys.get(0)));
        request.bounds(true, (operator, keys, argument) -> added.add(argument + operator + keys.get(0)));
        assertEquals(List.of("after>x", "before<y", "after<x", "before>y"), added);
        assertEquals(" desc", request.direction(false));
        assertEquals("", request.direction(true));
    }

    @Test
    void aBadBeforeCursorNamesBefore() {
        ApiException refused = assertThrows(ApiException.class, () -> Paging.decode("nope!", "summit", 2, "before"));
        assertEquals("`before` is not a valid cursor for this list", refused.getMessage());
    }

    @Test
    void aSliceOfAWholeListPagesBothWaysByPosition() {
        Paging paging = new Paging();
        // only the maximum page size is read
        paging.config = (SummitGraphConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { SummitGraphConfig.class }, (proxy, method, args) -> 100);
        List<String> all = ids(5);
        Page<String> first = paging.slice(all, new PageArguments(2, null, null, null), "list");
        assertEquals(List.of("a0", "a1"), first.items());
        assertTrue(first.pageInfo().hasNextPage());
        assertFalse(first.pageInfo().hasPreviousPage());
        Page<String> next = paging.slice(all, new PageArguments(2, first.pageInfo().endCursor(), null, null), "list");
        assertEquals(List.of("a2", "a3"), next.items());
        assertTrue(next.pageInfo().hasPreviousPage());
        Page<String> end = paging.slice(all, new PageArguments(20, null, 2, null), "list");
        assertEquals(List.of("a3", "a4"), end.items());
        assertTrue(end.pageInfo().hasPreviousPage());
        assertFalse(end.pageInfo().hasNextPage());
        Page<String> before = paging.slice(all, new PageArguments(20, null, 2, end.pageInfo().startCursor()), "list");
        assertEquals(List.of("a1", "a2"), before.items());
        assertTrue(before.pageInfo().hasNextPage());
        Page<String> window = paging.slice(all, new PageArguments(20, first.cursors().get(0), null, end.cursors().get(1)), "list");
        assertEquals(List.of("a1", "a2", "a3"), window.items());
        assertFalse(window.pageInfo().hasNextPage());
        assertBadCursor(() -> paging.slice(all, new PageArguments(2, Paging.encode("list", "-1"), null, null), "list"));
        assertBadCursor(() -> paging.slice(all, new PageArguments(2, Paging.encode("other", "1"), null, null), "list"));
    }

    @Test
    void theDefaultPageSizeIsTheDefaultValueOfFirst() {
        assertEquals(Integer.parseInt(Paging.DEFAULT_FIRST), Paging.DEFAULT_PAGE_SIZE);
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i).toList();
    }

    private static void assertBadCursor(Runnable decoding) {
        ApiException refused = assertThrows(ApiException.class, decoding::run);
        assertEquals(ErrorCode.BAD_USER_INPUT, refused.code());
        assertEquals(BAD_CURSOR, refused.getMessage());
    }
}
