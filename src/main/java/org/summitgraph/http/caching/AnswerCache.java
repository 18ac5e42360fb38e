package org.summitgraph.http.caching;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.summitgraph.config.SummitGraphConfig;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Answers (the bytes of the JSON) to queries that ran without errors, by a hash of everything an answer
 * depends on (see {@link HttpCache}): the request, its media type and language, today's date and the data
 * version. The least recently used go first once they take more than the configured size; an answer of
 * more than an eighth of it is not kept. An answer read at an older data version than one already seen is
 * not kept, and the first request that sees a newer version drops every answer: none can be asked for again.
 * Counters {@code summit_graph_answer_cache_hits_total} and {@code _misses_total}, gauge {@code _bytes}.
 */
@ApplicationScoped
public class AnswerCache {

    /** What an entry costs besides its answer: its key and the map's entry, roughly. */
    private static final int ENTRY_OVERHEAD = 200;

    private final long capacity;
    private final Map<String, Kept> answers = new LinkedHashMap<>(256, 0.75f, true);
    private final Counter hits;
    private final Counter misses;
    private long bytes;
    private long newestVersion = Long.MIN_VALUE;

    @Inject
    AnswerCache(SummitGraphConfig config, MeterRegistry meters) {
        this(config.answerCache().maxSize().asLongValue(), meters);
    }

    AnswerCache(long capacity, MeterRegistry meters) {
        this.capacity = capacity;
        this.hits = Counter.builder("summit_graph_answer_cache_hits").description("Queries answered from kept answers")
                .register(meters);
        this.misses = Counter.builder("summit_graph_answer_cache_misses")
                .description("Queries that could be kept and had to run").register(meters);
        Gauge.builder("summit_graph_answer_cache_bytes", this, AnswerCache::size)
                .description("Memory the kept answers take, roughly").baseUnit("bytes").register(meters);
    }

    boolean enabled() {
        return capacity > 0;
    }

    /**
     * An answer kept, with the estimated cost of its operation, charged to the client it is sent to again.
     */
    record Kept(byte[] bytes, long cost) {
    }

    /** The answer kept under this key for a request that read {@code dataVersion}; {@code null} when none. */
    synchronized Kept find(String key, long dataVersion) {
        if (dataVersion > newestVersion) {
            answers.clear();
            bytes = 0;
            newestVersion = dataVersion;
        }
        Kept answer = answers.get(key);
        (answer == null ? misses : hits).increment();
        return answer;
    }

    /** Keeps an answer computed for a request that read {@code dataVersion}, its operation's estimated cost with it. */
    synchronized void keep(String key, long dataVersion, byte[] answer, long operationCost) {
        long size = answer.length + ENTRY_OVERHEAD;
        if (dataVersion < newestVersion || size > capacity / 8) {
            return;
        }
        Kept replaced = answers.put(key, new Kept(answer, operationCost));
        bytes += size - (replaced == null ? 0 : replaced.bytes().length + ENTRY_OVERHEAD);
        Iterator<Kept> eldest = answers.values().iterator();
        while (bytes > capacity && eldest.hasNext()) {
            bytes -= eldest.next().bytes().length + ENTRY_OVERHEAD;
            eldest.remove();
        }
    }

    synchronized long size() {
        return bytes;
    }
}
