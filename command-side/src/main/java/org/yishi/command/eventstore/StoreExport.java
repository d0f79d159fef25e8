package org.yishi.command.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Copies everything Yishi keeps in one database into another: from the embedded store to a MongoDB replica set.
 * Every collection goes (the event store's commits, counters, snapshots and tokens, the deadlines, secret-ballot
 * keys, credentials, and the views the tokens belong to), with its indexes; only {@code nodes}, the running nodes'
 * heartbeats, stays behind. The source must not be written meanwhile: stop the application first.
 * <p>
 * Each document is written under its own {@code _id}, so a run that was interrupted is simply run again: what was
 * copied is copied over with the same content, nothing twice. Commits are never overwritten: a target that holds a
 * different commit under the same position is another store, and the export stops before writing anything of that
 * batch. {@link #verify()} compares each collection's count and a hash of its documents (independent of their order)
 * on both sides.
 */
public final class StoreExport {

    /** Collections that describe a running node, not the store, and are not copied. */
    public static final Set<String> NOT_COPIED = Set.of("nodes");

    private static final String COMMITS = "commits";
    private static final int BATCH = 500;
    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
                                                                          .build();

    private final MongoDatabase source;
    private final MongoDatabase target;
    private final Consumer<String> progress;

    public StoreExport(MongoDatabase source, MongoDatabase target, Consumer<String> progress) {
        this.source = Objects.requireNonNull(source);
        this.target = Objects.requireNonNull(target);
        this.progress = progress == null ? line -> { } : progress;
    }

    /** What one collection holds on one side. */
    public record Summary(long count, String hash) {
    }

    /** Both sides of one collection after an export. */
    public record Comparison(String collection, Summary source, Summary target) {

        public boolean matches() {
            return source.equals(target);
        }
    }

    /** A target that already holds other events than the source's: exporting into it would mix two stores. */
    public static final class DifferentStore extends RuntimeException {

        DifferentStore(long position) {
            super("目标库在位置 " + position + " 已有不同的提交，不是同一个事件库的副本，导出已停止 / The target already "
                  + "holds a different commit at position " + position + ": it is not a copy of this store; "
                  + "nothing of that batch was written");
        }
    }

    public List<String> collections() {
        Set<String> names = new TreeSet<>();
        for (String name : source.listCollectionNames()) {
            if (!NOT_COPIED.contains(name) && !name.startsWith("system.")) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** Copies every collection; returns the number of documents written per collection. */
    public Map<String, Long> run() {
        Map<String, Long> written = new LinkedHashMap<>();
        for (String name : collections()) {
            copyIndexes(name);
            long count = COMMITS.equals(name) ? copyCommits() : copyReplacing(name);
            written.put(name, count);
            progress.accept(name + ": " + count);
        }
        return written;
    }

    private void copyIndexes(String name) {
        MongoCollection<Document> to = target.getCollection(name);
        for (Document index : source.getCollection(name).listIndexes()) {
            String indexName = index.getString("name");
            if ("_id_".equals(indexName)) {
                continue;
            }
            IndexOptions options = new IndexOptions().name(indexName).unique(index.getBoolean("unique", false))
                                                     .sparse(index.getBoolean("sparse", false));
            to.createIndex(index.get("key", Document.class), options);
        }
    }

    /** Views, tokens, counters and the like: the source's document replaces whatever the target has. */
    private long copyReplacing(String name) {
        MongoCollection<Document> to = target.getCollection(name);
        List<WriteModel<Document>> batch = new ArrayList<>(BATCH);
        long count = 0;
        for (Document document : source.getCollection(name).find()) {
            batch.add(new ReplaceOneModel<>(eq("_id", document.get("_id")), document,
                                            new ReplaceOptions().upsert(true)));
            if (batch.size() == BATCH) {
                count += flush(to, batch);
            }
        }
        return count + flush(to, batch);
    }

    private static long flush(MongoCollection<Document> to, List<WriteModel<Document>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        to.bulkWrite(batch);
        int size = batch.size();
        batch.clear();
        return size;
    }

    /** Commits are inserted where absent and compared where present, never replaced. */
    private long copyCommits() {
        MongoCollection<Document> to = target.getCollection(COMMITS);
        List<Document> batch = new ArrayList<>(BATCH);
        long count = 0;
        for (Document commit : source.getCollection(COMMITS).find()) {
            batch.add(commit);
            if (batch.size() == BATCH) {
                count += insertAbsent(to, batch);
            }
        }
        return count + insertAbsent(to, batch);
    }

    private static long insertAbsent(MongoCollection<Document> to, List<Document> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Object, Document> present = new HashMap<>();
        for (Document existing : to.find(in("_id", batch.stream().map(commit -> commit.get("_id")).toList()))) {
            present.put(key(existing.get("_id")), existing);
        }
        List<Document> absent = new ArrayList<>();
        for (Document commit : batch) {
            Document existing = present.get(key(commit.get("_id")));
            if (existing == null) {
                absent.add(commit);
            } else if (!canonical(existing).equals(canonical(commit))) {
                throw new DifferentStore(((Number) commit.get("_id")).longValue());
            }
        }
        if (!absent.isEmpty()) {
            to.insertMany(absent, new InsertManyOptions().ordered(true));
        }
        int size = batch.size();
        batch.clear();
        return size;
    }

    /** Positions read back as Integer or Long depending on the server; they are the same position. */
    private static Object key(Object id) {
        return id instanceof Number number ? (Object) number.longValue() : id;
    }

    /** Each collection's count and hash on both sides. */
    public List<Comparison> verify() {
        List<Comparison> comparisons = new ArrayList<>();
        for (String name : collections()) {
            comparisons.add(new Comparison(name, summary(source.getCollection(name)),
                                           summary(target.getCollection(name))));
        }
        return comparisons;
    }

    /**
     * The number of documents and a SHA-256 over their sorted individual digests, so that the order a server returns
     * them in does not matter. A document's digest is over its extended JSON with {@code _id} first (MongoDB moves
     * it there on insert).
     */
    public static Summary summary(MongoCollection<Document> collection) {
        List<byte[]> digests = new ArrayList<>();
        for (Document document : collection.find()) {
            digests.add(sha256(canonical(document)));
        }
        digests.sort(java.util.Arrays::compareUnsigned);
        MessageDigest all = digest();
        for (byte[] digest : digests) {
            all.update(digest);
        }
        return new Summary(digests.size(), HexFormat.of().formatHex(all.digest()));
    }

    private static String canonical(Document document) {
        Document ordered = new Document("_id", normalize(document.get("_id")));
        document.forEach((key, value) -> {
            if (!"_id".equals(key)) {
                ordered.append(key, value);
            }
        });
        return ordered.toJson(CANONICAL);
    }

    private static Object normalize(Object id) {
        return id instanceof Integer number ? (Object) number.longValue() : id;
    }

    private static byte[] sha256(String text) {
        return digest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
