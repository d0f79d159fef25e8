package org.yishi.ops.bench;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.yishi.command.eventstore.MongoCommitStorageEngine;

import java.util.List;

/**
 * How fast a tracking processor catches up: the newest events read through {@code readEvents(token, false)}
 * from a token that many positions behind the head, with payloads deserialized as an event handler needs them.
 */
final class TrackingBench {

    private static final long WARM_UP_EVENTS = 10_000;

    private TrackingBench() {
    }

    record Tracking(long events, double seconds) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static Tracking readNewest(MongoCommitStorageEngine engine, long events) {
        warmUp(engine);
        long head = engine.headPosition();
        long index = head - events;
        // A token index may fall inside a multi-event commit; the reader then starts at the next commit.
        TrackingToken token = index < 0 ? null : GapAwareTrackingToken.newInstance(index, List.of());
        long started = System.nanoTime();
        long read;
        try (var stream = engine.readEvents(token, false)) {
            // A filter, not peek: count() may skip peek, and the payloads must really be deserialized.
            read = stream.filter(event -> event.getPayload() != null).count();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (read < Math.min(events, head + 1) - 2 * Preloader.EVENTS_PER_MOTION) {
            throw new IllegalStateException("Tracking read only " + read + " of the newest " + events + " events");
        }
        return new Tracking(read, seconds);
    }

    /**
     * Reads the oldest events once, untimed, so that the first size of a run does not pay for compiling the
     * tracking path inside its figure (on two cores the compiler competes with the reader).
     */
    private static void warmUp(MongoCommitStorageEngine engine) {
        try (var stream = engine.readEvents(null, false)) {
            stream.limit(WARM_UP_EVENTS).forEach(event -> event.getPayload());
        }
    }
}
