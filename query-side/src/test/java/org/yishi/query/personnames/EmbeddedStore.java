package org.yishi.query.personnames;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;

/** The embedded store over the wire protocol, as in production, for projection tests. */
public final class EmbeddedStore implements AutoCloseable {

    private final EmbeddedMongoServer server;
    private final MongoClient client;

    public EmbeddedStore(Path directory) {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
    }

    public MongoDatabase database() {
        return client.getDatabase("yishi");
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
