package org.yishi.ops.bench;

import org.yishi.command.eventstore.MongoCommitStorageEngine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills a store to its size through the engine itself, so that the documents, indexes and file layout are the ones
 * the application produces.
 * <p>
 * Every motion gets {@link #EVENTS_PER_MOTION} events in commits of {@link #COMMIT_SIZES}, one unit of work each.
 * A thread works on a block of motions at a time, a commit per motion per round, so one motion's commits are
 * spread over the global stream with other motions' commits between them, as they are when many deliberations run
 * at once; loads then cannot profit from one aggregate's documents sitting side by side.
 */
final class Preloader {

    static final int EVENTS_PER_MOTION = 10;
    static final long MOTION_GROUP = 1;

    private static final int[] COMMIT_SIZES = {1, 3, 2, 3, 1};
    private static final int ACTIVE_MOTIONS_PER_THREAD = 1_000;
    private static final int PROGRESS_SECONDS = 30;

    private Preloader() {
    }

    record Preload(long events, long commits, double seconds) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static Preload fill(MongoCommitStorageEngine engine, long size, int threads) {
        if (size % EVENTS_PER_MOTION != 0) {
            throw new IllegalArgumentException("Store sizes must be multiples of " + EVENTS_PER_MOTION);
        }
        long motions = size / EVENTS_PER_MOTION;
        AtomicLong stored = new AtomicLong();
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        progress.scheduleAtFixedRate(() -> report(size, stored.get(), started), PROGRESS_SECONDS, PROGRESS_SECONDS,
                                     TimeUnit.SECONDS);
        try {
            long nanos = Parallel.run(threads, thread -> fillShare(engine, motions, threads, thread, stored));
            return new Preload(stored.get(), motions * COMMIT_SIZES.length, nanos / 1e9);
        } finally {
            progress.shutdownNow();
        }
    }

    /** Motions {@code thread, thread + threads, ...}, a block of them at a time. */
    private static void fillShare(MongoCommitStorageEngine engine, long motions, int threads, int thread,
                                  AtomicLong stored) {
        long blockSpan = (long) ACTIVE_MOTIONS_PER_THREAD * threads;
        for (long blockStart = thread; blockStart < motions; blockStart += blockSpan) {
            long blockEnd = Math.min(blockStart + blockSpan, motions);
            long sequence = 0;
            for (int size : COMMIT_SIZES) {
                for (long motion = blockStart; motion < blockEnd; motion += threads) {
                    String id = MotionEvents.motionId(MOTION_GROUP, motion);
                    engine.appendEvents(MotionEvents.commit(id, sequence, size));
                    stored.addAndGet(size);
                }
                sequence += size;
            }
        }
    }

    private static void report(long size, long stored, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("  preload %,d: %,d events in %.0f s, %,.0f events/s%n", size, stored, seconds,
                          stored / seconds);
    }
}
