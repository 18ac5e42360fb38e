package org.summitgraph.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.restassured.response.ValidatableResponse;

/** Sends requests from several threads released at the same instant, with bounded waits. */
public final class Concurrently {

    private static final long TIMEOUT_SECONDS = 60;

    private Concurrently() {
    }

    /** What one request got: its HTTP status, the code of its first error (null when none) and its data. */
    public record Outcome(int status, String code, Object data, List<Map<String, Object>> errors) {

        public boolean accepted() {
            return status == 200 && errors == null && data != null;
        }
    }

    /** Runs the requests at once, one thread each, and returns their outcomes in the same order. */
    public static List<Outcome> run(List<Supplier<ValidatableResponse>> requests) {
        ExecutorService executor = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch ready = new CountDownLatch(requests.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Outcome>> tasks = new ArrayList<>();
            for (Supplier<ValidatableResponse> request : requests) {
                tasks.add(() -> {
                    ready.countDown();
                    if (!go.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                    ValidatableResponse response = request.get();
                    int status = response.extract().statusCode();
                    List<Map<String, Object>> errors = status == 200 ? response.extract().path("errors") : null;
                    Object data = status == 200 ? response.extract().path("data") : null;
                    String code = errors == null || errors.isEmpty() ? null
                            : (String) ((Map<?, ?>) errors.get(0).get("extensions")).get("code");
                    return new Outcome(status, code, data, errors);
                });
            }
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Outcome> task : tasks) {
                futures.add(executor.submit(task));
            }
            assertTrue(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "every thread ready in time");
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("a concurrent request failed or timed out", e);
        } finally {
            executor.shutdownNow();
            try {
                assertTrue(executor.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS), "threads stopped");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
