package org.yishi.command.eventstore.embedded;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The single-node embedded store: a MongoDB-compatible server (mongo-java-server) on the file-backed H2 backend,
 * listening on loopback. It speaks the real wire protocol, so the application talks to it through the same driver
 * it uses for MongoDB. Every acknowledged write is on disk (see {@link DurableH2Backend}).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    /**
     * A command comment by which a client says that a write need not be durable before it is acknowledged, because
     * a later write that depends on it will be, and a store commit covers every write applied before it. Real
     * MongoDB ignores comments.
     */
    public static final String DURABLE_WITH_NEXT_WRITE = "yishi:durable-with-next-write";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String STORE_FILE = "yishi.mv.db";
    /**
     * A write's reply waits for its group commit on the network thread that serves its connection, and every other
     * connection on that thread waits too; with a thread per connection (up to this many) they wait only for
     * themselves, and more writes share each commit.
     */
    private static final int NETWORK_THREADS = 64;

    private final MongoServer server;
    private final DurableH2Backend backend;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoServer server, DurableH2Backend backend, InetSocketAddress address) {
        this.server = server;
        this.backend = backend;
        this.address = address;
    }

    /**
     * Opens (or creates) the store under {@code directory} and listens on {@code host:port} (port 0 picks a free
     * one).
     *
     * @param fsync also force each group commit to the disk, not just to the operating system, so that a power
     *              failure loses nothing acknowledged either
     */
    public static EmbeddedMongoServer start(Path directory, String host, int port, boolean fsync) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded store directory " + directory, e);
        }
        Path file = directory.resolve(STORE_FILE).toAbsolutePath();
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        DurableH2Backend backend = new DurableH2Backend(store, fsync);
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress(host, port), 1, NETWORK_THREADS);
        InetSocketAddress address = server.getLocalAddress();
        log.warn("Yishi is running on the EMBEDDED single-node store ({}), listening on {}:{}. "
                 + "Use it for trying Yishi and for one machine only; set MONGODB_URI for production.",
                 file, address.getHostString(), address.getPort());
        return new EmbeddedMongoServer(server, backend, address);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    /** How many store commits have made writes durable; a measure of how well writes were grouped. */
    public long storeCommits() {
        return backend.storeCommits();
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
