package org.yishi.command.eventstore;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The one-time pass that chains commits written before chaining: in global position order, each commit without a
 * {@code hash} gets {@code prev} (its predecessor's hash, which lies at a lower position and so was migrated before
 * it) and {@code hash}, exactly as the writer would have stored them. This is the only update ever made to a
 * commit document, and it only adds the two fields ({@code hash} must still be absent, so two nodes running it at
 * once, or a rerun, change nothing twice).
 * <p>
 * Progress is the counter document {@code counters._id = "chain-migration"}: {@code position} is the next position
 * to look at, saved after every batch, and {@code done} is set once the pass reached the head; a restarted pass
 * continues from {@code position}, and a finished one returns at once.
 */
public final class ChainMigration {

    private static final Logger log = LoggerFactory.getLogger(ChainMigration.class);
    static final String PROGRESS_ID = "chain-migration";
    private static final int BATCH = 512;

    /** What one run did: commits hashed, where it stopped, and whether the whole store is chained now. */
    public record Result(long hashed, long position, boolean done) {
    }

    private final EventStoreCollections collections;
    private final ChainHeads heads;

    public ChainMigration(EventStoreCollections collections) {
        this.collections = collections;
        this.heads = new ChainHeads(collections.commits(), 64, 10_000);
    }

    public Result run() {
        return run(Long.MAX_VALUE);
    }

    /** Runs until the head, or until {@code maxCommits} commits were hashed (then stops after that batch). */
    public Result run(long maxCommits) {
        Document progress = collections.counters().find(eq("_id", PROGRESS_ID)).first();
        if (progress != null && progress.getBoolean("done", false)) {
            return new Result(0, progress.get("position", Number.class).longValue(), true);
        }
        long position = progress == null ? 0 : progress.get("position", Number.class).longValue();
        long head = new GlobalPositions(collections.counters()).head();
        long hashed = 0;
        while (position < head && hashed < maxCommits) {
            List<Long> window = new ArrayList<>(BATCH);
            for (long p = position; p < Math.min(head, position + BATCH); p++) {
                window.add(p);
            }
            List<Document> found = collections.commits().find(in(Commit.POSITION, window)).into(new ArrayList<>());
            found.sort(Comparator.comparingLong(document -> document.get(Commit.POSITION, Number.class).longValue()));
            for (Document document : found) {
                if (document.getString(Commit.HASH) == null) {
                    chain(document);
                    hashed++;
                } else {
                    heads.saw(document.getString(Commit.AGGREGATE_ID), nextSequence(document),
                              document.getString(Commit.HASH));
                }
            }
            position = Math.min(head, position + BATCH);
            save(position, false);
        }
        boolean done = position >= head;
        if (done) {
            save(position, true);
        }
        if (hashed > 0) {
            log.info("Chain migration hashed {} commits; next position {}{}", hashed, position,
                     done ? ", done" : "");
        }
        return new Result(hashed, position, done);
    }

    private void chain(Document document) {
        String aggregateId = document.getString(Commit.AGGREGATE_ID);
        String prev = null;
        if (aggregateId != null && !document.getBoolean(Commit.VOID, false)) {
            prev = heads.previousHash(aggregateId, document.get(Commit.FIRST_SEQUENCE, Number.class).longValue());
        }
        document.remove(Commit.PREV);
        document.append(Commit.PREV, prev);
        String hash = ChainHeads.hashOf(document);
        collections.commits().updateOne(Filters.and(eq(Commit.POSITION, document.get(Commit.POSITION)),
                                                    Filters.exists(Commit.HASH, false)),
                                        Updates.combine(Updates.set(Commit.PREV, prev), Updates.set(Commit.HASH, hash)));
        heads.saw(aggregateId, nextSequence(document), hash);
    }

    private static long nextSequence(Document document) {
        Number first = document.get(Commit.FIRST_SEQUENCE, Number.class);
        return (first == null ? 0 : first.longValue()) + document.get(Commit.COUNT, Number.class).longValue();
    }

    private void save(long position, boolean done) {
        collections.counters().updateOne(eq("_id", PROGRESS_ID),
                                         Updates.combine(Updates.set("position", position), Updates.set("done", done)),
                                         new UpdateOptions().upsert(true));
    }
}
