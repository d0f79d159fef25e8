package org.yishi.command.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

/**
 * The {@code deadlines} collection. A deadline is {@code SCHEDULED} until a node claims it ({@code CLAIMED}, with the
 * node, a claim token and the claim time) to dispatch it; it is deleted once handled or cancelled. Every change of
 * state is one atomic write on the document's {@code _id}, conditional on the state (or claim token) the writer saw.
 * <p>
 * Finding due deadlines is a range query: MongoDB serves it from the {@code deadline_due} index, the embedded server
 * scans the collection, which holds only the deadlines not yet handled (open votes, running turns, notices).
 */
final class DeadlineStore {

    static final String STATE = "state";
    static final String SCHEDULED = "SCHEDULED";
    static final String CLAIMED = "CLAIMED";
    static final String OWNER = "owner";
    static final String CLAIM = "claim";
    static final String CLAIMED_AT = "claimedAt";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "lastError";

    private final MongoCollection<Document> deadlines;

    DeadlineStore(MongoCollection<Document> deadlines) {
        this.deadlines = deadlines;
    }

    /** Creates the index MongoDB uses to find due deadlines; the embedded server ignores secondary indexes. */
    void ensureIndexes() {
        deadlines.createIndex(Indexes.ascending(STATE, StoredDeadline.DUE), new IndexOptions().name("deadline_due"));
    }

    void insert(StoredDeadline deadline) {
        deadlines.insertOne(deadline.toDocument().append(STATE, SCHEDULED).append(ATTEMPTS, 0));
    }

    void delete(String id) {
        deadlines.deleteOne(eq("_id", id));
    }

    void delete(String name, String id) {
        deadlines.deleteOne(and(eq("_id", id), eq(StoredDeadline.NAME, name)));
    }

    void deleteAll(String name) {
        deadlines.deleteMany(eq(StoredDeadline.NAME, name));
    }

    void deleteAll(String name, String scopeType, String scope) {
        deadlines.deleteMany(and(eq(StoredDeadline.NAME, name), eq(StoredDeadline.SCOPE_TYPE, scopeType),
                                 eq(StoredDeadline.SCOPE, scope)));
    }

    /** The ids of up to {@code limit} deadlines that may be claimed now, the earliest due first. */
    List<String> claimable(Instant now, Duration claimTimeout, int limit) {
        List<String> ids = new ArrayList<>();
        deadlines.find(claimableAt(now, claimTimeout))
                 .projection(Projections.include("_id"))
                 .sort(Sorts.ascending(StoredDeadline.DUE))
                 .limit(limit)
                 .forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    /**
     * Claims one deadline for {@code owner}, if it is still due and unclaimed, or claimed by a node that has not
     * finished within the claim timeout (it died mid-dispatch). Of several nodes, one wins; the others get nothing.
     */
    Optional<Document> claim(String id, String owner, String token, Instant now, Duration claimTimeout) {
        Document claimed = deadlines.findOneAndUpdate(
                and(eq("_id", id), claimableAt(now, claimTimeout)),
                Updates.combine(Updates.set(STATE, CLAIMED), Updates.set(OWNER, owner), Updates.set(CLAIM, token),
                                Updates.set(CLAIMED_AT, Date.from(now)), Updates.inc(ATTEMPTS, 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed);
    }

    /** Deletes a handled deadline, unless its claim was taken over meanwhile (the new owner will delete it). */
    void handled(String id, String token) {
        deadlines.deleteOne(and(eq("_id", id), eq(CLAIM, token)));
    }

    /** Gives a failed deadline back to be claimed again at {@code retryAt}; a deadline cancelled meanwhile stays gone. */
    void retryAt(String id, String token, Instant retryAt, String error) {
        deadlines.findOneAndUpdate(and(eq("_id", id), eq(CLAIM, token)),
                                   Updates.combine(Updates.set(STATE, SCHEDULED), Updates.set(OWNER, null),
                                                   Updates.set(CLAIM, null), Updates.set(CLAIMED_AT, null),
                                                   Updates.set(StoredDeadline.DUE, Date.from(retryAt)),
                                                   Updates.set(LAST_ERROR, error)));
    }

    private static Bson claimableAt(Instant now, Duration claimTimeout) {
        return or(and(eq(STATE, SCHEDULED), lt(StoredDeadline.DUE, Date.from(now))),
                  and(eq(STATE, CLAIMED), lt(CLAIMED_AT, Date.from(now.minus(claimTimeout)))));
    }
}
