package org.yishi.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs one task per thread and waits for all of them; a failure in any thread fails the benchmark. */
final class Parallel {

    private Parallel() {
    }

    /** Runs {@code task} with thread indexes {@code 0..threads-1} and returns the wall time in nanoseconds. */
    static long run(int threads, IntConsumer task) {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>(threads);
            for (int thread = 0; thread < threads; thread++) {
                int index = thread;
                futures.add(executor.submit(() -> task.accept(index)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return System.nanoTime() - started;
        } catch (ExecutionException e) {
            throw new IllegalStateException("A benchmark thread failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
