package org.summitgraph.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.summitgraph.execution.ArgumentBatches.Keyed;

/** The split of one level's keys by their arguments, which starts nothing. */
class ArgumentBatchesTest {

    private record Lang(String lang) {
    }

    @Test
    void equalArgumentsShareOneFetchAndEachAnswerGoesToItsKey() {
        List<String> calls = new ArrayList<>();
        List<Keyed<Integer, Lang>> keys = List.of(new Keyed<>(1, new Lang("en")), new Keyed<>(2, new Lang("fr")),
                new Keyed<>(3, new Lang("en")), new Keyed<>(1, new Lang("fr")));
        List<String> answers = ArgumentBatches.fetchAll(keys, (parents, arguments) -> {
            calls.add(parents + " " + arguments.lang());
            return parents.stream().map(p -> p + arguments.lang()).toList();
        });
        assertEquals(List.of("1en", "2fr", "3en", "1fr"), answers);
        assertEquals(List.of("[1, 3] en", "[2, 1] fr"), calls);
    }

    @Test
    void absentArgumentsAreArgumentsToo() {
        List<Keyed<String, Lang>> keys = List.of(new Keyed<>("a", new Lang(null)), new Keyed<>("b", new Lang("en")),
                new Keyed<>("c", new Lang(null)));
        List<Integer> sizes = new ArrayList<>();
        List<String> answers = ArgumentBatches.fetchAll(keys, (parents, arguments) -> {
            sizes.add(parents.size());
            return parents.stream().map(p -> p + arguments.lang()).toList();
        });
        assertEquals(List.of("anull", "ben", "cnull"), answers);
        assertEquals(List.of(2, 1), sizes);
    }
}
