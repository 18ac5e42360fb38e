package org.summitgraph.http.caching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The kept answers stay within their size, least recently used first out, and never outlive their data. */
class AnswerCacheLimitsTest {

    private static byte[] answer(int size) {
        return new byte[size];
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirstAndTheSizeIsNeverExceeded() {
        AnswerCache cache = new AnswerCache(8_000, new SimpleMeterRegistry());
        cache.find("a", 1);
        cache.keep("a", 1, answer(700), 0);
        cache.keep("b", 1, answer(700), 0);
        cache.keep("c", 1, answer(700), 0);
        cache.find("a", 1);
        // nine answers of 700 bytes (and their keys) take more than 8,000 bytes: one has to go
        for (int i = 0; i < 6; i++) {
            cache.keep("filler" + i, 1, answer(700), 0);
        }

        assertTrue(cache.size() <= 8_000, "size " + cache.size());
        assertNull(cache.find("b", 1));
        assertArrayEquals(answer(700), cache.find("a", 1).bytes());
        assertArrayEquals(answer(700), cache.find("c", 1).bytes());
    }

    @Test
    void anAnswerOfMoreThanAnEighthOfTheSizeIsNotKept() {
        AnswerCache cache = new AnswerCache(8_000, new SimpleMeterRegistry());
        cache.find("big", 1);
        cache.keep("big", 1, answer(1_000), 0);
        assertNull(cache.find("big", 1));
    }

    @Test
    void aNewerDataVersionDropsEveryAnswerAndAnOlderOneIsNotKept() {
        AnswerCache cache = new AnswerCache(8_000, new SimpleMeterRegistry());
        cache.find("a", 1);
        cache.keep("a", 1, answer(10), 0);

        assertNull(cache.find("b", 2));
        assertNull(cache.find("a", 2));
        // computed by a request that read the data before the change: it may be stale
        cache.keep("a", 1, answer(10), 0);
        assertNull(cache.find("a", 2));
        assertTrue(cache.size() == 0, "size " + cache.size());
    }
}
