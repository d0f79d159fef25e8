package org.yishi.command.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The event store's collections. Every hot query is an exact match on a unique index ({@code _id} or
 * {@code commits.key}), the one access path that both MongoDB and the embedded server serve from an index.
 */
public record EventStoreCollections(MongoCollection<Document> commits,
                                    MongoCollection<Document> snapshots,
                                    MongoCollection<Document> counters,
                                    MongoCollection<Document> tokens,
                                    MongoCollection<Document> checkpoints) {

    public static EventStoreCollections in(MongoDatabase database) {
        return new EventStoreCollections(database.getCollection("commits"),
                                         database.getCollection("snapshots"),
                                         database.getCollection("counters"),
                                         database.getCollection("tokens"),
                                         database.getCollection("checkpoints"));
    }

    /** Creates the index and the position counter the engine relies on; safe on every start. */
    public EventStoreCollections ensureIndexes() {
        commits.createIndex(Indexes.ascending(Commit.KEY), new IndexOptions().unique(true).name("commit_key"));
        new GlobalPositions(counters).ensureCounter();
        return this;
    }
}
