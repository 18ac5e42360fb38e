package org.summitgraph.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import org.summitgraph.execution.CurrentField;
import org.summitgraph.execution.DirectResolvers;

import graphql.schema.DataFetchingEnvironment;

/**
 * Batching for fields that take arguments. SmallRye's {@code @Source List} batches hand every
 * parent the arguments of the first occurrence of a field, so two aliases of one field with
 * different arguments ({@code a: chair(asOf: X) b: chair(asOf: Y)}) would get the same answer.
 * Here the batch key is (parent, arguments): one fetch per distinct set of arguments per level.
 */
@ApplicationScoped
public class ArgumentBatches {

    private final CurrentField current;
    private final DirectResolvers directResolvers;

    ArgumentBatches(CurrentField current, DirectResolvers directResolvers) {
        this.current = current;
        this.directResolvers = directResolvers;
    }

    /**
     * The value of field {@code field} for the parent {@code key} under {@code arguments}; all
     * parents asked for at one level with equal arguments go to one call of {@code fetch}, which
     * answers in the order of the keys it is given.
     */
    public <K, V> CompletionStage<V> load(String field, K key, BiFunction<List<K>, List<Object>, List<V>> fetch,
            Object... arguments) {
        DataFetchingEnvironment env = current.environment();
        DataLoader<Keyed<K>, V> loader = env.getDataLoaderRegistry().computeIfAbsent(field,
                name -> DataLoaderFactory.<Keyed<K>, V> newDataLoader(
                        keys -> directResolvers.offload(env, () -> fetchAll(keys, fetch))));
        return loader.load(new Keyed<>(key, Arrays.asList(arguments)));
    }

    private static <K, V> List<V> fetchAll(List<Keyed<K>> keys, BiFunction<List<K>, List<Object>, List<V>> fetch) {
        Map<List<Object>, List<Integer>> positionsByArguments = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positionsByArguments.computeIfAbsent(keys.get(i).arguments(), a -> new ArrayList<>()).add(i);
        }
        List<V> values = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            values.add(null);
        }
        positionsByArguments.forEach((arguments, positions) -> {
            List<V> fetched = fetch.apply(positions.stream().map(i -> keys.get(i).key()).toList(), arguments);
            for (int j = 0; j < positions.size(); j++) {
                values.set(positions.get(j), fetched.get(j));
            }
        });
        return values;
    }

    private record Keyed<K>(K key, List<Object> arguments) {
    }
}
