package org.yishi.ops.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.yishi.command.eventstore.MongoCommitStorageEngine;

import java.util.Iterator;
import java.util.SplittableRandom;

/**
 * How long sourcing one aggregate takes: {@code readEvents(id)} consumed to the end with every payload
 * deserialized, as a repository does before it applies the events. Motions are picked at random from the whole
 * preloaded range, so larger stores cannot hide behind a warm cache of recent documents.
 */
final class LoadBench {

    private static final int WARM_UP_LOADS = 200;

    private LoadBench() {
    }

    static Latencies measure(MongoCommitStorageEngine engine, long motions, int loads, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < WARM_UP_LOADS; i++) {
            load(engine, random.nextLong(motions));
        }
        long[] nanos = new long[loads];
        for (int i = 0; i < loads; i++) {
            long motion = random.nextLong(motions);
            long started = System.nanoTime();
            load(engine, motion);
            nanos[i] = System.nanoTime() - started;
        }
        return Latencies.of(nanos);
    }

    /** Loads one motion and checks that it came back whole, so a fast but wrong read cannot pass as a figure. */
    private static void load(MongoCommitStorageEngine engine, long motion) {
        String id = MotionEvents.motionId(Preloader.MOTION_GROUP, motion);
        Iterator<? extends DomainEventMessage<?>> events = engine.readEvents(id).asStream().iterator();
        long expected = 0;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            event.getPayload();
            if (event.getSequenceNumber() != expected++) {
                throw new IllegalStateException("Motion " + id + " came back out of sequence at " + expected);
            }
        }
        if (expected != Preloader.EVENTS_PER_MOTION) {
            throw new IllegalStateException("Motion " + id + " came back with " + expected + " events");
        }
    }
}
