package org.summitgraph.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Waits for something another thread does: polls it every 20 ms, fails after 30 s. */
public final class Polling {

    private Polling() {
    }

    public static void until(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                fail("not after 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
