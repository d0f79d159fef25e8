package org.yishi.command.deadline;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.Message;
import org.bson.Document;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * One application node: its own Axon configuration and driver connection on a shared store, with the {@link Reminder}
 * aggregate and a {@link MongoDeadlineManager} named after the node. Closing it is the node stopping.
 */
final class Node implements AutoCloseable {

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(1);
    static final Duration FIRST_RETRY = Duration.ofSeconds(10);

    final Bell bell = new Bell();
    final MongoDeadlineManager deadlines;
    private final MongoClient client;
    private final Configuration axon;

    Node(String name, String connectionString, Clock clock) {
        client = MongoClients.create(connectionString);
        MongoDatabase database = client.getDatabase("yishi");
        MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder()
                                                                  .collections(EventStoreCollections.in(database))
                                                                  .gapTimeout(Duration.ofSeconds(10))
                                                                  .eventSerializer(EventSerializers.jackson())
                                                                  .snapshotSerializer(EventSerializers.jackson())
                                                                  .build();
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureSerializer(c -> EventSerializers.jackson())
                                .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine).build())
                                .configureAggregate(Reminder.class)
                                .registerComponent(Bell.class, c -> bell)
                                .configureDeadlineManager(c -> MongoDeadlineManager
                                        .builder()
                                        .deadlines(database.getCollection("deadlines"))
                                        .serializer(c.serializer())
                                        .scopeAwareProvider(c.scopeAwareProvider())
                                        .clock(clock)
                                        .node(name)
                                        .pollInterval(Duration.ofMillis(10))
                                        .claimTimeout(CLAIM_TIMEOUT)
                                        .retryBackoff(FIRST_RETRY, Duration.ofMinutes(1))
                                        .build())
                                .buildConfiguration();
        // as in the application: the manager registers its poller with Axon's lifecycle when it is created
        deadlines = (MongoDeadlineManager) axon.deadlineManager();
        axon.start();
    }

    CommandGateway commands() {
        return axon.commandGateway();
    }

    /** The payloads of one reminder's events, read from the shared store. */
    List<Object> events(String reminder) {
        return axon.eventStore().readEvents(reminder).asStream().map(Message::getPayload).map(Object.class::cast)
                   .toList();
    }

    MongoCollection<Document> collection() {
        return client.getDatabase("yishi").getCollection("deadlines");
    }

    @Override
    public void close() {
        axon.shutdown();
        deadlines.shutdown();
        client.close();
    }
}
