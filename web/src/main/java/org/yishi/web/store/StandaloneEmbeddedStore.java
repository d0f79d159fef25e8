package org.yishi.web.store;

import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs only the embedded store, so that several application nodes on one machine can share it:
 * {@code java -jar web/target/yishi.jar --embedded-mongo-only [--port=27017] [--directory=data]}.
 */
public final class StandaloneEmbeddedStore {

    public static final String FLAG = "--embedded-mongo-only";

    private StandaloneEmbeddedStore() {
    }

    public static void run(String[] args) {
        int port = 27017;
        Path directory = Path.of("data");
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else if (arg.startsWith("--directory=")) {
                directory = Path.of(arg.substring("--directory=".length()));
            }
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, "127.0.0.1", port, true);
        System.out.println("Embedded store ready: MONGODB_URI=" + server.connectionString() + "/yishi");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
