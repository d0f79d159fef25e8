package org.yishi.web.store;

import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

/** The connection string to use, and the embedded server behind it when there is one (closed with the context). */
record StoreConnection(String connectionString, EmbeddedMongoServer embedded) implements AutoCloseable {

    static StoreConnection open(StoreProperties properties) {
        if (!properties.usesEmbedded()) {
            return new StoreConnection(properties.uri(), null);
        }
        StoreProperties.Embedded embedded = properties.embedded();
        EmbeddedMongoServer server = EmbeddedMongoServer.start(embedded.directory(), "127.0.0.1", embedded.port(),
                                                               embedded.fsync());
        return new StoreConnection(server.connectionString(), server);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
