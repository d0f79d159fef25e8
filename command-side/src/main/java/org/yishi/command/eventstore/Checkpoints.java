package org.yishi.command.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The {@code checkpoints} collection: from time to time, and at every publication of an agreement, the newest
 * commit hash of every aggregate up to a global position, under one Merkle root, each checkpoint carrying the
 * previous checkpoint's hash:
 * <pre>
 * { _id: number (1, 2, …), position: highest global position covered, at, reason, aggregates, root, prev, hash,
 *   leaves: [ { agg, pos, hash } … ] sorted by agg }
 * </pre>
 * {@code hash} is SHA-256 over the canonical encoding of the document without {@code hash} and {@code leaves} (the
 * root stands for the leaves). A checkpoint covers every position up to its own: it is built from the previous
 * checkpoint's leaves and the commits after it, and stops before the first position still in flight.
 */
public final class Checkpoints {

    static final Set<String> NOT_HASHED = Set.of("hash", "leaves");
    private static final String HEAD_ID = "checkpoints";
    private static final HexFormat HEX = HexFormat.of();
    private static final int BATCH = 512;

    public record Leaf(String aggregateId, long position, String hash) {
    }

    public record Checkpoint(long number, long position, Instant at, String reason, String root, String prev,
                             String hash, List<Leaf> leaves) {

        public Optional<Leaf> leafOf(String aggregateId) {
            return leaves.stream().filter(leaf -> leaf.aggregateId().equals(aggregateId)).findFirst();
        }

        public Summary summary() {
            return new Summary(number, position, at, reason, leaves.size(), root, prev, hash);
        }
    }

    /** What a checkpoint is outside the store: enough to keep on paper and to check a proof against. */
    public record Summary(long number, long position, Instant at, String reason, int aggregates, String root,
                          String prev, String hash) {
    }

    /** One aggregate's inclusion: its chain re-verified up to the commit the checkpoint names, and the path. */
    public record Inclusion(String aggregateId, long commits, Long position, String commitHash, String leaf,
                            List<Merkle.Step> path, boolean verified, String problem) {
    }

    public record Proof(Summary checkpoint, List<Inclusion> aggregates, boolean verified, List<String> problems) {
    }

    private final EventStoreCollections collections;
    private final Clock clock;
    private final Duration gapTimeout;

    public Checkpoints(EventStoreCollections collections) {
        this(collections, Clock.systemUTC(), Duration.ofSeconds(60));
    }

    public Checkpoints(EventStoreCollections collections, Clock clock, Duration gapTimeout) {
        this.collections = collections;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    /**
     * The newest checkpoint: the one the head document ({@code counters._id = "checkpoints"}) names, or a newer one
     * that a node stored just before it could move the head; only without a head document is the collection scanned.
     */
    public Optional<Checkpoint> latest() {
        Document head = collections.counters().find(eq("_id", HEAD_ID)).first();
        if (head == null) {
            Document last = collections.checkpoints().find().sort(new Document("_id", -1)).limit(1).first();
            return Optional.ofNullable(last).map(Checkpoints::fromDocument);
        }
        long number = head.get("last", Number.class).longValue();
        Optional<Checkpoint> newer = number(number + 1);
        return newer.isPresent() ? newer : number(number);
    }

    private void moveHead(long number) {
        collections.counters().updateOne(eq("_id", HEAD_ID), Updates.max("last", number),
                                         new UpdateOptions().upsert(true));
    }

    public Optional<Checkpoint> number(long number) {
        return Optional.ofNullable(collections.checkpoints().find(eq("_id", number)).first())
                       .map(Checkpoints::fromDocument);
    }

    /**
     * Records a checkpoint over everything stored since the last one and returns it, or returns the last one when
     * nothing was stored since. Several nodes may try at once: one number is taken once, the others get it.
     */
    public synchronized Checkpoint record(String reason) {
        Optional<Checkpoint> last = latest();
        long position = last.map(Checkpoint::position).orElse(-1L);
        Map<String, Leaf> leaves = new TreeMap<>(CanonicalJson::compareCodePoints);
        last.ifPresent(checkpoint -> checkpoint.leaves().forEach(leaf -> leaves.put(leaf.aggregateId(), leaf)));
        long head = new GlobalPositions(collections.counters()).head();
        long covered = position + 1;
        walk:
        while (covered < head) {
            List<Long> window = new ArrayList<>(BATCH);
            for (long p = covered; p < Math.min(head, covered + BATCH); p++) {
                window.add(p);
            }
            List<Document> found = collections.commits().find(in(Commit.POSITION, window)).into(new ArrayList<>());
            found.sort(Comparator.comparingLong(document -> document.get(Commit.POSITION, Number.class).longValue()));
            long before = covered;
            for (Document document : found) {
                long at = document.get(Commit.POSITION, Number.class).longValue();
                if (at > covered && !givenUp(document)) {
                    break walk;
                }
                covered = at + document.get(Commit.COUNT, Number.class).longValue();
                String aggregateId = document.getString(Commit.AGGREGATE_ID);
                String hash = document.getString(Commit.HASH);
                if (aggregateId != null && hash != null && !document.getBoolean(Commit.VOID, false)) {
                    leaves.put(aggregateId, new Leaf(aggregateId, at, hash));
                }
            }
            if (covered == before || covered < Math.min(head, before + BATCH)) {
                break;
            }
        }
        long reached = covered - 1;
        if (last.isPresent() && reached <= last.get().position()) {
            return last.get();
        }
        List<Leaf> sorted = List.copyOf(leaves.values());
        Document document = new Document("_id", last.map(Checkpoint::number).orElse(0L) + 1)
                .append("position", reached)
                .append("at", Date.from(clock.instant()))
                .append("reason", reason)
                .append("aggregates", sorted.size())
                .append("root", Merkle.root(leafHashes(sorted)))
                .append("prev", last.map(Checkpoint::hash).orElse(null));
        document.append("hash", CanonicalJson.sha256(document, NOT_HASHED));
        document.append("leaves", sorted.stream().map(leaf -> new Document("agg", leaf.aggregateId())
                .append("pos", leaf.position()).append("hash", leaf.hash())).toList());
        try {
            collections.checkpoints().insertOne(document);
            moveHead(document.getLong("_id"));
            return fromDocument(document);
        } catch (MongoException e) {
            if (CommitWriter.isDuplicateKey(e)) {
                return latest().orElseThrow();
            }
            throw e;
        }
    }

    private boolean givenUp(Document laterCommit) {
        return laterCommit.getDate(Commit.COMMITTED_AT).toInstant().plus(gapTimeout).isBefore(clock.instant());
    }

    static List<byte[]> leafHashes(List<Leaf> leaves) {
        return leaves.stream().map(leaf -> Merkle.leaf(leaf.aggregateId(), leaf.hash())).toList();
    }

    /**
     * The inclusion proof of {@code aggregateIds} in checkpoint {@code number}: for each, its chain is walked from
     * its first commit and every hash and link recomputed up to the commit the checkpoint names, and the Merkle
     * path from that leaf to the root is given and checked. A changed event anywhere in those chains fails it.
     */
    public Optional<Proof> prove(List<String> aggregateIds, long number) {
        Optional<Checkpoint> found = number(number);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Checkpoint checkpoint = found.get();
        List<String> problems = new ArrayList<>();
        if (!checkpoint.hash().equals(hashOf(checkpoint))) {
            problems.add("checkpoint " + number + " does not hash to its stored hash");
        }
        List<byte[]> hashes = leafHashes(checkpoint.leaves());
        if (!Merkle.root(hashes).equals(checkpoint.root())) {
            problems.add("checkpoint " + number + "'s leaves do not give its root");
        }
        List<Inclusion> inclusions = new ArrayList<>();
        for (String aggregateId : aggregateIds) {
            int index = indexOf(checkpoint.leaves(), aggregateId);
            if (index < 0) {
                inclusions.add(new Inclusion(aggregateId, 0, null, null, null, List.of(), false,
                                             "the checkpoint names no commit of this aggregate"));
                continue;
            }
            Leaf leaf = checkpoint.leaves().get(index);
            List<Merkle.Step> path = Merkle.path(hashes, index);
            ChainWalk walk = walkChain(aggregateId, leaf.position());
            String problem = walk.problem();
            if (problem == null && (walk.lastPosition() != leaf.position() || !leaf.hash().equals(walk.lastHash()))) {
                problem = "the stored chain ends at position " + walk.lastPosition() + " with hash " + walk.lastHash()
                          + ", the checkpoint names position " + leaf.position() + " with hash " + leaf.hash();
            }
            if (problem == null && !Merkle.rootOf(hashes.get(index), path).equals(checkpoint.root())) {
                problem = "the Merkle path does not lead to the checkpoint's root";
            }
            inclusions.add(new Inclusion(aggregateId, walk.commits(), leaf.position(), leaf.hash(),
                                         HEX.formatHex(hashes.get(index)), path, problem == null, problem));
            if (problem != null) {
                problems.add(aggregateId + ": " + problem);
            }
        }
        return Optional.of(new Proof(checkpoint.summary(), inclusions, problems.isEmpty(), problems));
    }

    private static int indexOf(List<Leaf> leaves, String aggregateId) {
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).aggregateId().equals(aggregateId)) {
                return i;
            }
        }
        return -1;
    }

    record ChainWalk(long commits, long lastPosition, String lastHash, String problem) {
    }

    /** Walks one aggregate's commits from sequence 0 up to {@code upTo}, recomputing each hash and link. */
    ChainWalk walkChain(String aggregateId, long upTo) {
        long sequence = 0;
        long commits = 0;
        long lastPosition = -1;
        String lastHash = null;
        while (true) {
            Document commit = collections.commits().find(eq(Commit.KEY, Commit.key(aggregateId, sequence))).first();
            if (commit == null) {
                return new ChainWalk(commits, lastPosition, lastHash, null);
            }
            long position = commit.get(Commit.POSITION, Number.class).longValue();
            if (position > upTo) {
                return new ChainWalk(commits, lastPosition, lastHash, null);
            }
            String hash = commit.getString(Commit.HASH);
            if (hash == null || !hash.equals(ChainHeads.hashOf(commit))) {
                return new ChainWalk(commits, position, hash,
                                     "commit " + Commit.key(aggregateId, sequence) + " at position " + position
                                     + " does not hash to its stored hash: it was changed");
            }
            String prev = commit.getString(Commit.PREV);
            if (sequence == 0 ? prev != null : !hash(lastHash).equals(prev)) {
                return new ChainWalk(commits, position, hash, "commit " + Commit.key(aggregateId, sequence)
                                                              + " does not name its predecessor's hash");
            }
            if (position <= lastPosition) {
                return new ChainWalk(commits, position, hash, "commit " + Commit.key(aggregateId, sequence)
                                                              + " is at a position before its predecessor's");
            }
            commits++;
            lastPosition = position;
            lastHash = hash;
            sequence += commit.get(Commit.COUNT, Number.class).longValue();
        }
    }

    private static String hash(String value) {
        return value == null ? "" : value;
    }

    static String hashOf(Checkpoint checkpoint) {
        Document document = new Document("_id", checkpoint.number()).append("position", checkpoint.position())
                .append("at", Date.from(checkpoint.at())).append("reason", checkpoint.reason())
                .append("aggregates", checkpoint.leaves().size()).append("root", checkpoint.root())
                .append("prev", checkpoint.prev());
        return CanonicalJson.sha256(document, NOT_HASHED);
    }

    /**
     * Checks every checkpoint against the commits' stored hashes (already checked against their documents by the
     * caller) and adds what does not hold to {@code breaks}; returns the number of checkpoints.
     */
    int verifyInto(Map<Long, ChainVerifier.Break> breaks, Map<Long, String> storedHashes, Set<String> aggregates) {
        List<Document> documents = collections.checkpoints().find().into(new ArrayList<>());
        documents.sort(Comparator.comparingLong(document -> document.get("_id", Number.class).longValue()));
        String previousHash = null;
        long expected = 1;
        for (Document document : documents) {
            String name = "checkpoint #" + document.get("_id");
            String hash = document.getString("hash");
            long position = document.get("position", Number.class).longValue();
            if (hash == null || !hash.equals(CanonicalJson.sha256(document, NOT_HASHED))) {
                ChainVerifier.flagCheckpoint(breaks, position, name, ChainVerifier.Kind.CHECKPOINT_MISMATCH,
                                             name + " does not hash to its stored hash");
            }
            if (document.get("_id", Number.class).longValue() != expected
                || !hash(previousHash).equals(hash(document.getString("prev")))) {
                ChainVerifier.flagCheckpoint(breaks, position, name, ChainVerifier.Kind.CHECKPOINT_MISMATCH,
                                             name + " does not follow checkpoint #" + (expected - 1));
            }
            Checkpoint checkpoint = fromDocument(document);
            if (!Merkle.root(leafHashes(checkpoint.leaves())).equals(checkpoint.root())) {
                ChainVerifier.flagCheckpoint(breaks, position, name, ChainVerifier.Kind.CHECKPOINT_MISMATCH,
                                             name + "'s leaves do not give its root");
            }
            for (Leaf leaf : checkpoint.leaves()) {
                String stored = storedHashes.get(leaf.position());
                if (stored == null) {
                    ChainVerifier.flagCheckpoint(breaks, leaf.position(), leaf.aggregateId(),
                                                 ChainVerifier.Kind.MISSING_COMMIT,
                                                 name + " names the commit of " + leaf.aggregateId() + " at position "
                                                 + leaf.position() + ", which is no longer stored");
                } else if (!stored.equals(leaf.hash())) {
                    ChainVerifier.flagCheckpoint(breaks, leaf.position(), leaf.aggregateId(),
                                                 ChainVerifier.Kind.CHECKPOINT_MISMATCH,
                                                 name + " names hash " + leaf.hash() + " at position "
                                                 + leaf.position() + ", the store holds " + stored);
                }
            }
            previousHash = hash;
            expected++;
        }
        return documents.size();
    }

    static Checkpoint fromDocument(Document document) {
        List<Document> leaves = document.getList("leaves", Document.class, List.of());
        return new Checkpoint(document.get("_id", Number.class).longValue(),
                              document.get("position", Number.class).longValue(),
                              document.getDate("at").toInstant(), document.getString("reason"),
                              document.getString("root"), document.getString("prev"), document.getString("hash"),
                              leaves.stream().map(leaf -> new Leaf(leaf.getString("agg"),
                                                                   leaf.get("pos", Number.class).longValue(),
                                                                   leaf.getString("hash"))).toList());
    }
}
