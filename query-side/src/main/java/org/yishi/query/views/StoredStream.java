package org.yishi.query.views;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.yishi.command.api.EventMetadata;

import java.time.Instant;
import java.util.List;

/**
 * One aggregate's stored events, read from its first event (never a snapshot) for a screen that is folded when asked
 * instead of kept: each with its timestamp and the global position the store gives it, so that what the screen shows
 * can cite the event and streams can be merged in the store's order.
 */
public final class StoredStream {

    /** One stored event: its payload, when it was appended, and its global position. */
    public record Stamped(Object payload, Instant at, long position) {
    }

    private StoredStream() {
    }

    /** The aggregate's events in sequence; none if the store holds no such aggregate. */
    public static List<Stamped> of(EventStore events, String aggregateId) {
        return events.readEvents(aggregateId, 0).asStream().map(StoredStream::stamped).toList();
    }

    private static Stamped stamped(DomainEventMessage<?> message) {
        if (!(message.getMetaData().get(EventMetadata.GLOBAL_POSITION) instanceof Number position)) {
            throw new IllegalStateException("Event " + message.getIdentifier() + " of "
                                            + message.getAggregateIdentifier()
                                            + " was read without its global position");
        }
        return new Stamped(message.getPayload(), message.getTimestamp(), position.longValue());
    }
}
