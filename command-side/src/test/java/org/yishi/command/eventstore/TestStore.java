package org.yishi.command.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Duration;

/** An embedded store on a directory, reached through the real driver over the wire protocol. */
final class TestStore implements AutoCloseable {

    final EmbeddedMongoServer server;
    final MongoClient client;
    final MongoDatabase database;

    private TestStore(Path directory) {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("yishi");
    }

    static TestStore open(Path directory) {
        return new TestStore(directory);
    }

    EventStoreCollections collections() {
        return EventStoreCollections.in(database);
    }

    MongoCommitStorageEngine engine(Duration gapTimeout) {
        return engine(gapTimeout, Duration.ofSeconds(2));
    }

    MongoCommitStorageEngine engine(Duration gapTimeout, Duration holdBack) {
        return engine(gapTimeout, holdBack, WriteStall.NONE);
    }

    MongoCommitStorageEngine engine(Duration gapTimeout, Duration holdBack, WriteStall stall) {
        return MongoCommitStorageEngine.builder()
                                       .writeStall(stall)
                                       .collections(collections())
                                       .gapTimeout(gapTimeout)
                                       .holdBack(holdBack)
                                       .eventSerializer(EventSerializers.jackson())
                                       .snapshotSerializer(EventSerializers.jackson())
                                       .build();
    }

    MongoTokenStore tokenStore() {
        return new MongoTokenStore(collections().tokens(), EventSerializers.jackson(), Duration.ofSeconds(10),
                                   java.time.Clock.systemUTC());
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
