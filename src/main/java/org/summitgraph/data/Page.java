package org.summitgraph.data;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One page of a list, made by {@link Paging#page}: its items, the cursor of each (to continue after
 * it) and where the page stands.
 */
public record Page<T>(List<T> items, List<String> cursors, PageInfo pageInfo) {

    /** The same page over other items, each made from the item in its place; the cursors stay. */
    public <U> Page<U> map(Function<? super T, ? extends U> item) {
        return new Page<>(items.stream().<U>map(item).toList(), cursors, pageInfo);
    }

    /** The feature's edges of this page, each made from an item's cursor and the item, in order. */
    public <E> List<E> edges(BiFunction<String, ? super T, ? extends E> edge) {
        return IntStream.range(0, items.size())
                .<E>mapToObj(i -> edge.apply(cursors.get(i), items.get(i))).toList();
    }
}
