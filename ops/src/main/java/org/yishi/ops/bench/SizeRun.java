package org.yishi.ops.bench;

import org.yishi.command.eventstore.MongoCommitStorageEngine;

/**
 * All measurements for one store size, in the order that keeps them honest: the store is filled first, appends
 * are timed on the full store, then loads of preloaded motions, then a tracking read of the newest events.
 */
final class SizeRun {

    static final int PRELOAD_THREADS = 8;
    static final int APPEND_THREADS = 4;
    static final int APPEND_COMMITS = 3_000;
    static final int LOADS = 1_000;
    static final long TRACKED_EVENTS = 100_000;

    private static final long SEED = 20_240_601L;
    private static final long MIB = 1024 * 1024;

    private SizeRun() {
    }

    static Row measure(long size, BenchOptions options) {
        OtherLoad started = OtherLoad.now();
        try (BenchStore store = BenchStore.open(size, options.fsync())) {
            MongoCommitStorageEngine engine = store.engine();
            long motions = size / Preloader.EVENTS_PER_MOTION;
            Preloader.Preload preload = Preloader.fill(engine, size, PRELOAD_THREADS, options.bulkRest());
            long preloadGroupCommits = store.groupCommits();

            double single = AppendBench.commitsPerSecond(engine, 1, APPEND_COMMITS, APPEND_THREADS);
            double triple = AppendBench.commitsPerSecond(engine, 3, APPEND_COMMITS, APPEND_THREADS);
            long appendGroupCommits = store.groupCommits() - preloadGroupCommits;

            Latencies load = LoadBench.measure(engine, motions, LOADS, SEED);
            TrackingBench.Tracking tracking = TrackingBench.readNewest(engine, TRACKED_EVENTS);

            return new Row(size, preload.seconds(), preload.unitEventsPerSecond(), options.bulkRest(),
                           preloadGroupCommits, single, triple, appendGroupCommits, load,
                           tracking.eventsPerSecond(), tracking.events(), store.fileBytes() / MIB,
                           Heap.retainedMib(), started.othersShareSince());
        }
    }
}
