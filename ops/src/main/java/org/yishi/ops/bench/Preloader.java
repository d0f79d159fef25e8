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
 * Every motion gets {@link #EVENTS_PER_MOTION} events. The first tenth of the motions are written as units of work
 * would write them, in commits of {@link #UNIT_COMMITS}. A thread works on a block of motions at a time, a commit per
 * motion per round, so one motion's commits are spread over the global stream with other motions' commits between
 * them, as when many deliberations run at once. Units of work are too slow to fill a million events in a
 * reasonable time on the embedded store (their rate is printed with the time a million would take), so by default
 * the rest is filled with one commit per motion ({@link #BULK_COMMITS}), a fifth of the writes. Every size of a run
 * is filled the same way, so that its rows stay comparable.
 */
final class Preloader {

    static final int EVENTS_PER_MOTION = 10;
    static final long MOTION_GROUP = 1;

    private static final int[] UNIT_COMMITS = {1, 3, 2, 3, 1};
    private static final int[] BULK_COMMITS = {EVENTS_PER_MOTION};
    private static final int UNIT_SHARE_DIVISOR = 10;
    private static final int ACTIVE_MOTIONS_PER_THREAD = 1_000;
    private static final int PROGRESS_SECONDS = 30;

    private Preloader() {
    }

    /**
     * @param unitEventsPerSecond the rate of the part written in units of work
     */
    record Preload(long events, double seconds, double unitEventsPerSecond) {
    }

    static Preload fill(MongoCommitStorageEngine engine, long size, int threads, boolean bulkRest) {
        if (size % EVENTS_PER_MOTION != 0) {
            throw new IllegalArgumentException("Store sizes must be multiples of " + EVENTS_PER_MOTION);
        }
        long motions = size / EVENTS_PER_MOTION;
        long unitMotions = Math.max(1, motions / UNIT_SHARE_DIVISOR);
        AtomicLong stored = new AtomicLong();
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        progress.scheduleAtFixedRate(() -> report(size, stored.get(), started), PROGRESS_SECONDS, PROGRESS_SECONDS,
                                     TimeUnit.SECONDS);
        try {
            long unitNanos = fillRange(engine, 0, unitMotions, UNIT_COMMITS, threads, stored);
            double unitRate = unitMotions * EVENTS_PER_MOTION / (unitNanos / 1e9);
            System.err.printf("  preload %,d: units of work ran at %,.0f events/s, %.0f min for a million events; "
                              + "the remaining %,d motions get %s%n", size, unitRate, 1_000_000 / unitRate / 60,
                              motions - unitMotions,
                              bulkRest ? "one " + EVENTS_PER_MOTION + "-event commit each" : "units of work too");
            fillRange(engine, unitMotions, motions, bulkRest ? BULK_COMMITS : UNIT_COMMITS, threads, stored);
            return new Preload(stored.get(), (System.nanoTime() - started) / 1e9, unitRate);
        } finally {
            progress.shutdownNow();
        }
    }

    private static long fillRange(MongoCommitStorageEngine engine, long from, long to, int[] commits, int threads,
                                  AtomicLong stored) {
        return Parallel.run(threads, thread -> fillShare(engine, from + thread, to, threads, commits, stored));
    }

    /** Motions {@code first, first + threads, ...} below {@code to}, a block of them at a time. */
    private static void fillShare(MongoCommitStorageEngine engine, long first, long to, int threads, int[] commits,
                                  AtomicLong stored) {
        long blockSpan = (long) ACTIVE_MOTIONS_PER_THREAD * threads;
        for (long blockStart = first; blockStart < to; blockStart += blockSpan) {
            long blockEnd = Math.min(blockStart + blockSpan, to);
            long sequence = 0;
            for (int size : commits) {
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
