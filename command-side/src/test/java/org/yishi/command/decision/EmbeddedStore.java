package org.yishi.command.decision;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.MongoTokenStore;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Yishi's engine and token store on the embedded server in a directory, through the real driver. */
final class EmbeddedStore implements AutoCloseable {

    private final EmbeddedMongoServer server;
    private final MongoClient client;
    final EventStoreCollections collections;

    EmbeddedStore(Path directory) {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
        collections = EventStoreCollections.in(client.getDatabase("yishi")).ensureIndexes();
    }

    MongoCommitStorageEngine engine() {
        return MongoCommitStorageEngine.builder()
                                       .collections(collections)
                                       .gapTimeout(Duration.ofSeconds(60))
                                       .eventSerializer(EventSerializers.jackson())
                                       .snapshotSerializer(EventSerializers.jackson())
                                       .build();
    }

    MongoTokenStore tokenStore() {
        return new MongoTokenStore(collections.tokens(), EventSerializers.jackson(), Duration.ofSeconds(10),
                                   Clock.systemUTC());
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
