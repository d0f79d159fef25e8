package org.yishi.query.storetesting;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Yishi's own event store on a test database: events appended one commit each, in the order given, so the i-th event
 * gets global position i; read back by aggregate (as a query folds them) or as the tracked stream a processor gets.
 * Each event's aggregate is the first of its identifiers named here, as the command side's aggregates own them.
 */
public final class StoredEvents {

    private static final List<String> OWNERS = List.of("decisionId", "conventionId", "motionId", "sessionId",
                                                       "proposalId", "communityId");

    private final MongoCommitStorageEngine engine;
    private final EmbeddedEventStore store;
    private final Map<String, Long> sequences = new HashMap<>();

    public StoredEvents(MongoDatabase database) {
        engine = MongoCommitStorageEngine.builder()
                                         .collections(EventStoreCollections.in(database).ensureIndexes())
                                         .gapTimeout(Duration.ofSeconds(60))
                                         .eventSerializer(EventSerializers.jackson())
                                         .snapshotSerializer(EventSerializers.jackson())
                                         .build();
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    public EventStore store() {
        return store;
    }

    public void append(Object event, Instant at) {
        String owner = owner(event);
        long sequence = sequences.merge(owner, 1L, Long::sum) - 1;
        store.publish(new GenericDomainEventMessage<>(event.getClass().getSimpleName(), owner, sequence, event,
                                                      Map.of(), "event-" + owner + "-" + sequence, at));
    }

    /** Every stored event as a tracking processor receives it, in order, with its global position in the metadata. */
    public List<? extends TrackedEventMessage<?>> tracked() {
        return engine.readEvents(null, false).toList();
    }

    /** Hands every stored event to the projection's handlers, as its processor would. */
    public void project(Object projection) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (TrackedEventMessage<?> event : tracked()) {
            handle(handlers, event);
        }
    }

    public static void handle(AnnotationEventHandlerAdapter handlers, TrackedEventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String owner(Object event) {
        for (String name : OWNERS) {
            try {
                Object id = event.getClass().getMethod(name).invoke(event);
                if (id != null) {
                    return (String) id.getClass().getMethod("value").invoke(id);
                }
            } catch (NoSuchMethodException notThisOne) {
                // the event has no such identifier; try the next
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("No aggregate for " + event.getClass().getSimpleName());
    }
}
