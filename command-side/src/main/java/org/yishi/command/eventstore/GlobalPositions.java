package org.yishi.command.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import static com.mongodb.client.model.Filters.eq;

/**
 * The counter document that hands out contiguous ranges of global positions. Its value is the head: every
 * position below it has been allocated to some writer, whether or not that writer's commit is visible yet.
 */
final class GlobalPositions {

    private static final String COUNTER_ID = "commits";
    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;

    GlobalPositions(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    void ensureCounter() {
        counters.updateOne(eq("_id", COUNTER_ID), Updates.setOnInsert(NEXT, 0L), new UpdateOptions().upsert(true));
    }

    /**
     * Allocates {@code count} positions and returns the first of them.
     * <p>
     * The allocation is marked {@link EmbeddedMongoServer#DURABLE_WITH_NEXT_WRITE}: only the commit built from it
     * needs to be durable, and the store commit that makes that commit durable covers the counter too. If the
     * process dies before, the positions were never acknowledged to anyone and may be handed out again.
     */
    long allocate(int count) {
        Document after = counters.findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc(NEXT, (long) count),
                                                   new FindOneAndUpdateOptions()
                                                           .upsert(true)
                                                           .returnDocument(ReturnDocument.AFTER)
                                                           .comment(EmbeddedMongoServer.DURABLE_WITH_NEXT_WRITE));
        return after.get(NEXT, Number.class).longValue() - count;
    }

    /** The number of positions allocated so far; the highest allocated position is {@code head() - 1}. */
    long head() {
        Document counter = counters.find(eq("_id", COUNTER_ID)).first();
        return counter == null ? 0 : counter.get(NEXT, Number.class).longValue();
    }
}
