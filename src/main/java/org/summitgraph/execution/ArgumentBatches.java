package org.summitgraph.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import graphql.schema.DataFetchingEnvironment;

/**
 * Batching for fields that take arguments. SmallRye's {@code @Source List} batches hand every
 * parent the arguments of the first occurrence of a field, so two aliases of one field with
 * different arguments ({@code a: chair(asOf: X) b: chair(asOf: Y)}) would get the same answer.
 * Here the batch key is (parent, arguments), the arguments a record of the field's own: one fetch
 * per distinct (equal) arguments per level.
 */
@ApplicationScoped
public class ArgumentBatches {

    @Inject CurrentField current;
    @Inject DirectResolvers directResolvers;

    /**
     * The value of field {@code field} for {@code parent} under {@code arguments}; all parents asked
     * for at one level with equal arguments go to one call of {@code fetch}, which answers in the
     * order of the parents it is given. Every call for one {@code field} must use one arguments type.
     */
    public <K, A extends Record, V> CompletionStage<V> load(String field, K parent, A arguments,
            BiFunction<List<K>, A, List<V>> fetch) {
        DataFetchingEnvironment env = current.environment();
        DataLoader<Keyed<K, A>, V> loader = env.getDataLoaderRegistry().computeIfAbsent(field,
                name -> DataLoaderFactory.<Keyed<K, A>, V> newDataLoader(
                        keys -> directResolvers.offload(env, () -> fetchAll(keys, fetch))));
        return loader.load(new Keyed<>(parent, arguments));
    }

    /** The answers to {@code keys}, in their order: one call of {@code fetch} per distinct arguments. */
    static <K, A, V> List<V> fetchAll(List<Keyed<K, A>> keys, BiFunction<List<K>, A, List<V>> fetch) {
        Map<A, List<Integer>> positionsByArguments = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positionsByArguments.computeIfAbsent(keys.get(i).arguments(), a -> new ArrayList<>()).add(i);
        }
        List<V> values = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            values.add(null);
        }
        positionsByArguments.forEach((arguments, positions) -> {
            List<V> fetched = fetch.apply(positions.stream().map(i -> keys.get(i).parent()).toList(), arguments);
            for (int j = 0; j < positions.size(); j++) {
                values.set(positions.get(j), fetched.get(j));
            }
        });
        return values;
    }

    /** A DataLoader key: the parent's key and the field's arguments, equal when both are. */
    record Keyed<K, A>(K parent, A arguments) {
    }
}
