package org.yishi.ops.ballots;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store's own pace: single small documents inserted one at a time through the MongoDB driver by
 * {@code writers} threads, each insert acknowledged as the application's are (on the embedded store: after the
 * group commit that holds it), into a collection of its own that is dropped afterwards.
 */
final class RawInserts {

    private RawInserts() {
    }

    /** Inserts {@code count} documents and returns the rate, in documents a second. */
    static double rate(MongoClient client, String database, int count, int writers) throws Exception {
        MongoCollection<Document> collection = client.getDatabase(database).getCollection("ops_raw_inserts");
        collection.drop();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        try {
            Future<?>[] running = new Future<?>[writers];
            for (int w = 0; w < writers; w++) {
                running[w] = pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        // about the size of a ballot's commit: a voter, an option, a time
                        collection.insertOne(new Document("_id", "raw-" + i).append("voter", "demo-voter" + i)
                                                                           .append("option", "YES")
                                                                           .append("at", System.currentTimeMillis()));
                    }
                    return null;
                });
            }
            for (Future<?> writer : running) {
                writer.get();
            }
            return count / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
            collection.drop();
        }
    }
}
