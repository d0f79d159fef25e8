package org.yishi.command.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Inserts commit documents and settles every outcome: stored, lost to another writer (the positions are voided so
 * readers need not wait for them), or an error of unknown outcome, which is resolved by trying to claim the
 * positions with a void commit: if that lands, the original did not.
 */
final class CommitWriter {

    private static final Logger log = LoggerFactory.getLogger(CommitWriter.class);

    private final MongoCollection<Document> commits;
    private final Clock clock;
    private final EventStoreMetrics metrics;
    private final ChainHeads heads;

    CommitWriter(MongoCollection<Document> commits, Clock clock, EventStoreMetrics metrics, ChainHeads heads) {
        this.commits = commits;
        this.clock = clock;
        this.metrics = metrics;
        this.heads = heads;
    }

    /**
     * The commit as it is stored: with the hash of the aggregate's previous commit ({@code prev}) and its own hash
     * over everything else ({@code hash}), which chains each aggregate's commits.
     */
    Document chained(Commit commit) {
        Document document = commit.toDocument();
        document.append(Commit.PREV, commit.isVoid() ? null
                                                     : heads.previousHash(commit.aggregateId(), commit.firstSequence()));
        return document.append(Commit.HASH, ChainHeads.hashOf(document));
    }

    /**
     * Returns empty once the commit is stored, or the duplicate-key error when another writer stored that aggregate
     * version first; throws {@link EventStoreException} when the commit was not stored for another reason.
     */
    Optional<MongoException> write(Commit commit, long startedNanos) {
        Document document;
        try {
            document = chained(commit);
        } catch (RuntimeException e) {
            insertVoid(commit);
            metrics.failed();
            throw new EventStoreException("The commit at position " + commit.position() + " could not be chained to "
                                          + "its aggregate's previous commit; nothing was written", e);
        }
        try {
            commits.insertOne(document);
            heads.saw(commit.aggregateId(), commit.nextSequence(), document.getString(Commit.HASH));
            metrics.stored(commit.size(), System.nanoTime() - startedNanos);
            return Optional.empty();
        } catch (MongoException e) {
            if (isDuplicateKey(e)) {
                heads.forget(commit.aggregateId());
                metrics.conflict();
                if (!insertVoid(commit)) {
                    log.warn("Could not void positions {}..{}; readers will give them up after the gap timeout",
                             commit.position(), commit.lastPosition());
                }
                return Optional.of(e);
            }
            if (insertVoid(commit)) {
                metrics.failed();
                throw new EventStoreException("The commit at position " + commit.position()
                                              + " was not stored; nothing was written", e);
            }
            if (storedDespiteError(commit)) {
                log.warn("Commit at position {} was stored although the write reported an error", commit.position(), e);
                metrics.stored(commit.size(), System.nanoTime() - startedNanos);
                return Optional.empty();
            }
            metrics.failed();
            throw new EventStoreException("Could not tell whether the commit at position " + commit.position()
                                          + " was stored", e);
        }
    }

    private boolean insertVoid(Commit commit) {
        try {
            commits.insertOne(chained(Commit.voided(commit.position(), commit.size(), clock.instant())));
            return true;
        } catch (MongoException e) {
            return false;
        }
    }

    private boolean storedDespiteError(Commit commit) {
        try {
            Document existing = commits.find(eq(Commit.POSITION, commit.position())).first();
            return existing != null && !Commit.fromDocument(existing).isVoid();
        } catch (MongoException e) {
            return false;
        }
    }

    static boolean isDuplicateKey(Exception exception) {
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (exception instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                       .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return false;
    }
}
