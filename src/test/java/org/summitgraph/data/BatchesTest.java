package org.summitgraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The lining up of a batch's answers with its parents, which starts nothing. */
class BatchesTest {

    @Test
    void answersFollowTheKeysWithRepeats() {
        Map<String, List<Integer>> byKey = Map.of("a", List.of(1, 2), "b", List.of(3));
        assertEquals(List.of(List.of(3), List.of(1, 2), List.of(3)),
                Batches.inOrder(List.of("b", "a", "b"), byKey, List.of()));
    }

    @Test
    void aNullOrAbsentKeyGetsTheEmptyValue() {
        Map<String, String> byKey = Map.of("a", "A");
        assertEquals(Arrays.asList("A", null, null), Batches.inOrder(Arrays.asList("a", null, "z"), byKey, null));
        assertEquals(List.of(List.of(), List.of(1)),
                Batches.inOrder(Arrays.asList(null, "a"), Map.of("a", List.of(1)), List.of()));
    }
}
