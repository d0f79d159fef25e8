package org.yishi.command.eventstore;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.in;

/**
 * Walks every commit of the store and every checkpoint and reports what does not hold, ordered by global position,
 * so that the first entry is the first broken link.
 * <p>
 * The walk reads the commits by exact {@code _id $in} lookups over the allocated positions, as tracking readers do,
 * so it finds holes as well as commits. Per commit it checks the structure (key, count, the events' sequence
 * numbers) and recomputes the hash; per aggregate, in sequence order, that the sequences are contiguous from 0,
 * that positions rise with sequences and that each commit names its predecessor's hash; per checkpoint, its own
 * hash, its link to the previous checkpoint, its Merkle root and that every aggregate head it names is still stored
 * and still the newest of that aggregate at the checkpoint's position.
 */
public final class ChainVerifier {

    /** What differs at a broken link. */
    public enum Kind {
        /** The stored hash is not the hash of the document: some field was changed after it was written. */
        HASH_MISMATCH,
        /** The commit names another predecessor than the aggregate's previous commit. */
        PREV_MISMATCH,
        /** An event's sequence number, the count or the key does not fit the commit's first sequence. */
        SEQUENCE_MISMATCH,
        /** The aggregate's commits do not cover its sequences contiguously from 0: a commit was removed. */
        SEQUENCE_GAP,
        /** A commit with a lower sequence number sits at a higher global position than a later one. */
        POSITION_REORDER,
        /** Allocated positions that no commit holds, or a commit that a checkpoint names and the store lost. */
        MISSING_COMMIT,
        /** A commit at positions never allocated, or over positions another commit holds. */
        FORGED_COMMIT,
        /** A commit written before chaining, not yet migrated. */
        UNHASHED_COMMIT,
        /** A checkpoint whose hash, link, root or aggregate heads do not agree with the store. */
        CHECKPOINT_MISMATCH
    }

    /** One broken link: where it is and what differs there. */
    public record Break(long position, String key, String aggregateId, Set<Kind> kinds, List<String> details) {

        public String describe() {
            return "position " + position + (key == null ? "" : " (commit " + key + ")")
                   + (aggregateId == null ? "" : ", aggregate " + aggregateId) + ": " + kinds + " "
                   + String.join("; ", details);
        }
    }

    /** The outcome of one walk; {@code breaks} in position order, the first is the first broken link. */
    public record Report(long head, long commits, int aggregates, int checkpoints, List<Break> breaks) {

        public boolean ok() {
            return breaks.isEmpty();
        }

        public Break first() {
            return breaks.isEmpty() ? null : breaks.get(0);
        }

        public String summary() {
            return ok() ? "OK: " + commits + " commits of " + aggregates + " aggregates over " + head
                          + " positions and " + checkpoints + " checkpoints verified"
                        : "BROKEN: " + first().describe();
        }
    }

    private record Link(long position, String key, long first, long count, String hash, String prev) {
    }

    private static final int BATCH = 512;

    private final EventStoreCollections collections;
    private final long settleMillis;

    public ChainVerifier(EventStoreCollections collections) {
        this(collections, 2_000);
    }

    /** {@code settleMillis}: how long a hole may take to fill before it counts as missing commits (2 s). */
    public ChainVerifier(EventStoreCollections collections, long settleMillis) {
        this.collections = collections;
        this.settleMillis = settleMillis;
    }

    public Report verify() {
        long head = new GlobalPositions(collections.counters()).head();
        Map<Long, Break> breaks = new TreeMap<>();
        Map<String, List<Link>> aggregates = new HashMap<>();
        Map<Long, String> hashes = new HashMap<>();
        List<long[]> holes = new ArrayList<>();
        long covered = 0;
        long count = 0;
        for (long from = 0; from < head; from += BATCH) {
            List<Long> window = new ArrayList<>(BATCH);
            for (long position = from; position < Math.min(head, from + BATCH); position++) {
                window.add(position);
            }
            List<Document> found = collections.commits().find(in(Commit.POSITION, window)).into(new ArrayList<>());
            found.sort(Comparator.comparingLong(document -> position(document)));
            for (Document document : found) {
                long position = position(document);
                long size = document.get(Commit.COUNT, Number.class).longValue();
                if (position > covered) {
                    holes.add(new long[]{covered, position - 1});
                } else if (position < covered) {
                    flag(breaks, document, Kind.FORGED_COMMIT,
                         "positions " + position + ".." + (covered - 1) + " are held by an earlier commit too");
                }
                covered = Math.max(covered, position + size);
                count++;
                checkCommit(document, breaks, aggregates, hashes);
            }
        }
        if (covered < head) {
            holes.add(new long[]{covered, head - 1});
        }
        if (!holes.isEmpty()) {
            settle();
        }
        for (long[] hole : holes) {
            if (stillMissing(hole)) {
                breaks.computeIfAbsent(hole[0], p -> new Break(p, null, null, new LinkedHashSet<>(),
                                                               new ArrayList<>()));
                Break at = breaks.get(hole[0]);
                at.kinds().add(Kind.MISSING_COMMIT);
                at.details().add("positions " + hole[0] + ".." + hole[1] + " were allocated and no commit holds them");
            }
        }
        for (Document document : collections.commits().find(com.mongodb.client.model.Filters.gte(Commit.POSITION,
                                                                                                   head))) {
            flag(breaks, document, Kind.FORGED_COMMIT,
                 "its positions were never allocated (the counter's head is " + head + ")");
            count++;
        }
        aggregates.forEach((aggregateId, links) -> checkChain(aggregateId, links, breaks));
        int checkpoints = new Checkpoints(collections).verifyInto(breaks, hashes, aggregates.keySet());
        return new Report(head, count, aggregates.size(), checkpoints, List.copyOf(breaks.values()));
    }

    /** A writer takes its positions and inserts within milliseconds: a hole still there after this is no write. */
    private void settle() {
        try {
            Thread.sleep(settleMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean stillMissing(long[] hole) {
        List<Long> positions = new ArrayList<>();
        for (long position = hole[0]; position <= hole[1] && positions.size() < 10_000; position++) {
            positions.add(position);
        }
        return collections.commits().find(in(Commit.POSITION, positions)).first() == null;
    }

    private static long position(Document document) {
        return document.get(Commit.POSITION, Number.class).longValue();
    }

    private static void checkCommit(Document document, Map<Long, Break> breaks, Map<String, List<Link>> aggregates,
                                    Map<Long, String> hashes) {
        long position = position(document);
        String hash = document.getString(Commit.HASH);
        if (hash == null) {
            flag(breaks, document, Kind.UNHASHED_COMMIT, "the commit has no hash; run the chain migration");
        } else {
            String recomputed = ChainHeads.hashOf(document);
            if (!recomputed.equals(hash)) {
                flag(breaks, document, Kind.HASH_MISMATCH,
                     "stored hash " + hash + " but the document hashes to " + recomputed);
            }
            hashes.put(position, hash);
        }
        if (document.getBoolean(Commit.VOID, false)) {
            return;
        }
        String aggregateId = document.getString(Commit.AGGREGATE_ID);
        List<Document> events = document.getList(Commit.EVENTS, Document.class);
        long size = document.get(Commit.COUNT, Number.class).longValue();
        if (events == null || events.size() != size) {
            flag(breaks, document, Kind.SEQUENCE_MISMATCH, "n is " + size + " but the commit holds "
                                                           + (events == null ? 0 : events.size()) + " events");
        }
        if (aggregateId == null) {
            return;
        }
        long first = document.get(Commit.FIRST_SEQUENCE, Number.class).longValue();
        if (!Commit.key(aggregateId, first).equals(document.getString(Commit.KEY))) {
            flag(breaks, document, Kind.SEQUENCE_MISMATCH,
                 "key " + document.getString(Commit.KEY) + " does not match first sequence " + first);
        }
        if (events != null) {
            for (int i = 0; i < events.size(); i++) {
                Number sequence = events.get(i).get(StoredEvent.SEQUENCE, Number.class);
                if (sequence == null || sequence.longValue() != first + i) {
                    flag(breaks, document, Kind.SEQUENCE_MISMATCH,
                         "event " + i + " has sequence " + sequence + ", expected " + (first + i));
                    break;
                }
            }
        }
        aggregates.computeIfAbsent(aggregateId, id -> new ArrayList<>())
                  .add(new Link(position, document.getString(Commit.KEY), first, size, hash,
                                document.getString(Commit.PREV)));
    }

    private static void checkChain(String aggregateId, List<Link> links, Map<Long, Break> breaks) {
        links.sort(Comparator.comparingLong(Link::first).thenComparingLong(Link::position));
        long expected = 0;
        Link previous = null;
        for (Link link : links) {
            if (link.first() > expected) {
                flag(breaks, link, aggregateId, Kind.SEQUENCE_GAP,
                     "sequences " + expected + ".." + (link.first() - 1) + " are in no stored commit");
            } else if (link.first() < expected) {
                flag(breaks, link, aggregateId, Kind.SEQUENCE_MISMATCH,
                     "sequence " + link.first() + " is also in the commit at position " + previous.position());
            }
            if (previous != null && link.position() < previous.position()) {
                flag(breaks, link, aggregateId, Kind.POSITION_REORDER,
                     "sequence " + link.first() + " is at position " + link.position() + ", before sequence "
                     + previous.first() + " at position " + previous.position());
            }
            boolean adjoins = previous != null && previous.first() + previous.count() == link.first();
            if (link.first() == 0 && link.prev() != null && !link.prev().isEmpty()) {
                flag(breaks, link, aggregateId, Kind.PREV_MISMATCH,
                     "the aggregate's first commit names a predecessor " + link.prev());
            } else if (adjoins && !Objects.equals(link.prev(), previous.hash())) {
                flag(breaks, link, aggregateId, Kind.PREV_MISMATCH,
                     "prev is " + link.prev() + " but the previous commit (position " + previous.position()
                     + ") has hash " + previous.hash());
            }
            expected = Math.max(expected, link.first() + link.count());
            previous = link;
        }
    }

    private static void flag(Map<Long, Break> breaks, Document document, Kind kind, String detail) {
        Break at = breaks.computeIfAbsent(position(document), position -> new Break(
                position, document.getString(Commit.KEY), document.getString(Commit.AGGREGATE_ID),
                new LinkedHashSet<>(), new ArrayList<>()));
        at.kinds().add(kind);
        at.details().add(detail);
    }

    private static void flag(Map<Long, Break> breaks, Link link, String aggregateId, Kind kind, String detail) {
        Break at = breaks.computeIfAbsent(link.position(), position -> new Break(
                position, link.key(), aggregateId, new LinkedHashSet<>(), new ArrayList<>()));
        at.kinds().add(kind);
        at.details().add(detail);
    }

    static void flagCheckpoint(Map<Long, Break> breaks, long position, String checkpoint, Kind kind, String detail) {
        Break at = breaks.computeIfAbsent(position, p -> new Break(p, checkpoint, null, new LinkedHashSet<>(),
                                                                   new ArrayList<>()));
        at.kinds().add(kind);
        at.details().add(detail);
    }
}
