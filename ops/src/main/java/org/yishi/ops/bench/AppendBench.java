package org.yishi.ops.bench;

import org.yishi.command.eventstore.MongoCommitStorageEngine;

/**
 * Commits per second through {@code appendEvents} from several threads, as concurrent command handlers would
 * produce them. Each thread writes its own motions, a new one every {@link #COMMITS_PER_MOTION} commits, so no
 * commit conflicts and every one is a real insert.
 */
final class AppendBench {

    private static final int COMMITS_PER_MOTION = 10;

    private AppendBench() {
    }

    static double commitsPerSecond(MongoCommitStorageEngine engine, int eventsPerCommit, int commits, int threads) {
        int perThread = commits / threads;
        long nanos = Parallel.run(threads, thread -> {
            // A group per commit size and thread keeps every run's motions apart from the preloaded ones.
            long group = 100L + eventsPerCommit * 1_000L + thread;
            for (int commit = 0; commit < perThread; commit++) {
                String id = MotionEvents.motionId(group, commit / COMMITS_PER_MOTION);
                long firstSequence = (long) (commit % COMMITS_PER_MOTION) * eventsPerCommit;
                engine.appendEvents(MotionEvents.commit(id, firstSequence, eventsPerCommit));
            }
        });
        return perThread * threads / (nanos / 1e9);
    }
}
