package org.yishi.ops.durability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;

/**
 * The embedded store on a directory with the engine the application would build on it, reached through the real
 * driver over loopback, so the writers and the audit exercise the same path as production writes.
 */
final class DurabilityStore implements AutoCloseable {

    private final EmbeddedMongoServer server;
    private final MongoClient client;
    private final MongoCommitStorageEngine engine;

    private DurabilityStore(Path directory, boolean fsync) {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, fsync);
        client = MongoClients.create(server.connectionString());
        engine = MongoCommitStorageEngine.builder()
                                         .collections(EventStoreCollections.in(client.getDatabase("yishi")))
                                         .eventSerializer(EventSerializers.jackson())
                                         .snapshotSerializer(EventSerializers.jackson())
                                         .build();
    }

    static DurabilityStore open(Path directory, boolean fsync) {
        return new DurabilityStore(directory, fsync);
    }

    MongoCommitStorageEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
