package org.yishi.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh file-backed embedded store in its own temporary directory, with the engine the application would build
 * on it, reached through the real driver over loopback. The directory is deleted on close, so sizes never share
 * files or caches.
 */
final class BenchStore implements AutoCloseable {

    private static final String STORE_FILE = "yishi.mv.db";

    private final Path directory;
    private final EmbeddedMongoServer server;
    private final MongoClient client;
    private final MongoCommitStorageEngine engine;

    private BenchStore(Path directory, boolean fsync) {
        this.directory = directory;
        this.server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, fsync);
        this.client = MongoClients.create(server.connectionString());
        this.engine = MongoCommitStorageEngine.builder()
                                              .collections(EventStoreCollections.in(client.getDatabase("yishi")))
                                              .gapTimeout(Duration.ofSeconds(60))
                                              .batchSize(256)
                                              .eventSerializer(EventSerializers.jackson())
                                              .snapshotSerializer(EventSerializers.jackson())
                                              .build();
    }

    static BenchStore open(long size, boolean fsync) {
        try {
            return new BenchStore(Files.createTempDirectory("yishi-bench-" + size + "-"), fsync);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MongoCommitStorageEngine engine() {
        return engine;
    }

    long groupCommits() {
        return server.storeCommits();
    }

    long fileBytes() {
        try {
            return Files.size(directory.resolve(STORE_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
