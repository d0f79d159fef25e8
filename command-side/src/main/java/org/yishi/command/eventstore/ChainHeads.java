package org.yishi.command.eventstore;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Knows the hash of the latest commit of recently written or read aggregates, so that a new commit can name its
 * predecessor without a query. A cached head is used only when it ends exactly where the new commit starts; if
 * another node appended meanwhile, the new commit collides on its unique key and is rejected whatever it named, so a
 * stale entry can never be stored. On a miss the predecessor is found by exact key lookups over the window of
 * sequence numbers before the new commit, and only for a commit longer than the window by a scan of the aggregate.
 */
final class ChainHeads {

    private static final Logger log = LoggerFactory.getLogger(ChainHeads.class);
    static final Set<String> NOT_HASHED = Set.of(Commit.HASH);

    record Head(long nextSequence, String hash) {
    }

    private final MongoCollection<Document> commits;
    private final int window;
    private final Map<String, Head> heads;

    ChainHeads(MongoCollection<Document> commits, int window, int capacity) {
        this.commits = commits;
        this.window = window;
        this.heads = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The hash a commit document is stored with: SHA-256 over its canonical encoding without {@code hash}. */
    static String hashOf(Document commit) {
        return CanonicalJson.sha256(commit, NOT_HASHED);
    }

    /** The hash of the commit that ends just before {@code firstSequence}, or null for an aggregate's first. */
    String previousHash(String aggregateId, long firstSequence) {
        if (aggregateId == null || firstSequence == 0) {
            return null;
        }
        synchronized (heads) {
            Head head = heads.get(aggregateId);
            if (head != null && head.nextSequence() == firstSequence) {
                return head.hash();
            }
        }
        Document previous = previousCommit(aggregateId, firstSequence);
        if (previous == null) {
            log.warn("No commit of {} ends before sequence {}; its chain starts again here", aggregateId,
                     firstSequence);
            return null;
        }
        String hash = previous.getString(Commit.HASH);
        if (hash == null) {
            throw new IllegalStateException("Commit " + previous.get(Commit.POSITION) + " of " + aggregateId
                                            + " was written before chaining; run the chain migration first");
        }
        return hash;
    }

    /** The stored commit of {@code aggregateId} that ends just before {@code firstSequence}, if any. */
    Document previousCommit(String aggregateId, long firstSequence) {
        List<String> keys = new ArrayList<>(window);
        for (long sequence = Math.max(0, firstSequence - window); sequence < firstSequence; sequence++) {
            keys.add(Commit.key(aggregateId, sequence));
        }
        for (Document document : commits.find(in(Commit.KEY, keys))) {
            if (endsBefore(document, firstSequence)) {
                return document;
            }
        }
        for (Document document : commits.find(eq(Commit.AGGREGATE_ID, aggregateId))) {
            if (endsBefore(document, firstSequence)) {
                return document;
            }
        }
        return null;
    }

    private static boolean endsBefore(Document commit, long firstSequence) {
        return commit.get(Commit.FIRST_SEQUENCE, Number.class).longValue()
               + commit.get(Commit.COUNT, Number.class).longValue() == firstSequence;
    }

    /** Remembers a commit that was stored or read, unless a later one of the same aggregate is known. */
    void saw(String aggregateId, long nextSequence, String hash) {
        if (aggregateId == null || hash == null) {
            return;
        }
        synchronized (heads) {
            Head known = heads.get(aggregateId);
            if (known == null || known.nextSequence() < nextSequence) {
                heads.put(aggregateId, new Head(nextSequence, hash));
            }
        }
    }

    void forget(String aggregateId) {
        synchronized (heads) {
            heads.remove(aggregateId);
        }
    }
}
