package org.yishi.command.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The event store's own meters. No tag ever names an aggregate, an event or a user. */
final class EventStoreMetrics {

    private final Counter stored;
    private final Counter conflicts;
    private final Counter failures;
    private final Counter eventsAppended;
    private final Counter gapsGivenUp;
    private final Timer commitLatency;

    EventStoreMetrics(MeterRegistry registry, MongoCommitStorageEngine engine) {
        MeterRegistry meters = registry == null ? new SimpleMeterRegistry() : registry;
        stored = commits(meters, "stored");
        conflicts = commits(meters, "conflict");
        failures = commits(meters, "failed");
        eventsAppended = Counter.builder("yishi.eventstore.events.appended")
                                .description("Events appended to the event store").register(meters);
        gapsGivenUp = Counter.builder("yishi.eventstore.gaps.given.up")
                             .description("Allocated positions that never appeared within the gap timeout")
                             .register(meters);
        commitLatency = Timer.builder("yishi.eventstore.commit.latency")
                             .description("Time from allocating positions to an acknowledged commit")
                             .publishPercentileHistogram().register(meters);
        Gauge.builder("yishi.eventstore.gaps.waiting", engine, MongoCommitStorageEngine::gapsWaiting)
             .description("Missing positions readers are still waiting for").register(meters);
        Gauge.builder("yishi.eventstore.head.position", engine, MongoCommitStorageEngine::headPosition)
             .description("Highest allocated global position").register(meters);
    }

    private static Counter commits(MeterRegistry meters, String outcome) {
        return Counter.builder("yishi.eventstore.commits").tag("outcome", outcome)
                      .description("Commit documents by outcome").register(meters);
    }

    void stored(int events, long nanos) {
        stored.increment();
        eventsAppended.increment(events);
        commitLatency.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    void conflict() {
        conflicts.increment();
    }

    void failed() {
        failures.increment();
    }

    void gapsGivenUp(int count) {
        gapsGivenUp.increment(count);
    }
}
