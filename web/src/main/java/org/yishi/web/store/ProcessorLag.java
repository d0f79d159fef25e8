package org.yishi.web.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.MongoTokenStore;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How far each processor is behind the store's head, as gauges per processing group (a bounded set of names, never
 * per message or per user): in positions, and in seconds, the age of the oldest stored event its slowest segment
 * has not handled yet (0 when it is caught up). A segment this node processes counts with its live position; the
 * others (held by another node, or by nobody because the processor stopped) with their stored tokens, so every
 * node reports the processor as a whole.
 */
@Component
class ProcessorLag {

    private static final long TOKENS_MAX_AGE_NANOS = 1_000_000_000L;

    private final MongoCommitStorageEngine engine;
    private final EventProcessingConfiguration processing;
    private final MongoTokenStore tokens;
    private final MeterRegistry meters;
    private final Clock clock;
    /** The stored tokens of all processors, read at most once a second however many gauges and checks ask. */
    private volatile StoredTokens stored;

    private record StoredTokens(Map<String, Map<Integer, Optional<TrackingToken>>> byProcessor, long readAtNanos) {
    }

    ProcessorLag(MongoCommitStorageEngine engine, EventProcessingConfiguration processing, TokenStore tokenStore,
                 MeterRegistry meters) {
        this.engine = engine;
        this.processing = processing;
        this.tokens = tokenStore instanceof MongoTokenStore mongo ? mongo : null;
        this.meters = meters;
        this.clock = Clock.systemUTC();
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("yishi.processor.lag.positions", streaming, this::positionsBehind)
                     .tag("processor", name)
                     .description("Global positions between the store's head and the processor's slowest segment")
                     .register(meters);
                Gauge.builder("yishi.processor.lag.seconds", streaming,
                              behind -> secondsBehind(behind).toMillis() / 1000.0)
                     .tag("processor", name)
                     .description("Age of the oldest stored event the processor's slowest segment has not handled")
                     .register(meters);
            }
        });
    }

    long positionsBehind(StreamingEventProcessor processor) {
        return Math.max(0, engine.headPosition() - slowest(processor));
    }

    /** Zero when caught up; otherwise how long ago the first commit beyond the slowest segment was written. */
    Duration secondsBehind(StreamingEventProcessor processor) {
        long slowest = slowest(processor);
        if (engine.headPosition() <= slowest) {
            return Duration.ZERO;
        }
        return engine.committedAfter(slowest)
                     .map(at -> Duration.between(at, clock.instant()))
                     .filter(age -> !age.isNegative())
                     .orElse(Duration.ZERO);
    }

    /**
     * Whether the processor is being rebuilt (its tokens were reset): a segment this node runs says so, the others'
     * stored tokens are replay tokens.
     */
    boolean replaying(StreamingEventProcessor processor) {
        if (processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying)) {
            return true;
        }
        return storedTokens(processor).values().stream()
                                      .anyMatch(token -> token.filter(ReplayToken.class::isInstance).isPresent());
    }

    /** The lowest position any segment has handled, -1 when one has handled nothing. */
    private long slowest(StreamingEventProcessor processor) {
        Map<Integer, Long> positions = new HashMap<>();
        storedTokens(processor).forEach((segment, token) -> positions.put(segment, position(token)));
        processor.processingStatus().forEach((segment, status) -> positions.put(segment, position(status)));
        return positions.values().stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    private Map<Integer, Optional<TrackingToken>> storedTokens(StreamingEventProcessor processor) {
        if (tokens == null) {
            return Map.of();
        }
        StoredTokens current = stored;
        if (current == null || System.nanoTime() - current.readAtNanos() > TOKENS_MAX_AGE_NANOS) {
            current = new StoredTokens(tokens.storedTokens(), System.nanoTime());
            stored = current;
        }
        return current.byProcessor().getOrDefault(processor.getName(), Map.of());
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    private static long position(Optional<TrackingToken> token) {
        return token.flatMap(stored -> {
            var position = stored.position();
            return position.isPresent() ? Optional.of(position.getAsLong()) : Optional.empty();
        }).orElse(-1L);
    }
}
