package org.yishi.web.records;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yishi.command.eventstore.Checkpoints;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Records a checkpoint 30 seconds after start and then every interval, on each node; a node that finds nothing new
 * since the last checkpoint adds none.
 */
final class PeriodicCheckpoints implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeriodicCheckpoints.class);
    /** The first one soon after start, so that a store that was just migrated or started has a root to copy. */
    private static final long FIRST_AFTER_MILLIS = 30_000;

    private final ScheduledExecutorService timer;

    PeriodicCheckpoints(Checkpoints checkpoints, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "yishi-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                checkpoints.record("periodic");
            } catch (RuntimeException e) {
                log.warn("Could not record the periodic checkpoint; trying again next time", e);
            }
        }, Math.min(interval.toMillis(), FIRST_AFTER_MILLIS), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
