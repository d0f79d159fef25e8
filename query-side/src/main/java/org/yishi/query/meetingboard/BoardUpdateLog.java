package org.yishi.query.meetingboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.yishi.query.views.BatchWrites;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The board updates, append-only, numbered per session 1, 2, 3, ... in position order and keyed "session/number".
 * Every read here goes by {@code _id}, with equality or {@code $in}: the embedded server serves only those from an
 * index (its other indexes only enforce uniqueness, and a range query scans the whole collection), and MongoDB serves
 * them from the {@code _id} index too. Which number is the first after a position is found by probing, since the
 * positions grow with the numbers.
 */
final class BoardUpdateLog {

    private final MongoCollection<Document> updates;

    BoardUpdateLog(MongoCollection<Document> updates) {
        this.updates = updates;
    }

    /** The embedded store's mark for a write that need not be durable before it is acknowledged. */
    static final String DURABLE_WITH_NEXT_WRITE = BatchWrites.DURABLE_WITH_NEXT_WRITE;

    /**
     * Writing the same number again (an event handled again) replaces the update with the same one. The processor's
     * token, written durably when its batch ends, makes this write durable too; should the process stop before that,
     * the event is handled again and the update written again.
     */
    void append(String sessionId, long number, long position, Instant at, Document changed) {
        Document update = new Document("_id", id(sessionId, number))
                .append("sessionId", sessionId)
                .append("number", number)
                .append("position", position)
                .append("at", Date.from(at))
                .append("changed", changed);
        updates.replaceOne(eq("_id", update.get("_id")), update,
                           new ReplaceOptions().upsert(true).comment(DURABLE_WITH_NEXT_WRITE));
    }

    /**
     * The number of the session's first update after {@code after}, or {@code last + 1} if there is none: probes the
     * last, the one before, then 2, 4, 8, ... back in one query, then halves the gap it brackets.
     */
    long firstAfter(String sessionId, long last, long after) {
        List<String> probes = new ArrayList<>();
        for (long step = 0, number = last; number >= 1; step = step == 0 ? 1 : step * 2, number = last - step) {
            probes.add(id(sessionId, number));
        }
        TreeMap<Long, Long> positions = new TreeMap<>();
        for (Document probe : updates.find(in("_id", probes)).projection(Projections.include("number", "position"))) {
            positions.put(number(probe), position(probe));
        }
        long below = 0;
        long above = last + 1;
        for (var probe : positions.entrySet()) {
            if (probe.getValue() > after) {
                above = Math.min(above, probe.getKey());
            } else {
                below = Math.max(below, probe.getKey());
            }
        }
        while (above - below > 1) {
            long middle = (above + below) >>> 1;
            Document probe = updates.find(eq("_id", id(sessionId, middle)))
                                    .projection(Projections.include("position")).first();
            if (probe != null && position(probe) > after) {
                above = middle;
            } else {
                below = middle;
            }
        }
        return above;
    }

    /** The updates numbered {@code from} to {@code to} of each session, in position order. */
    List<Document> read(List<Range> ranges) {
        List<String> ids = new ArrayList<>();
        for (Range range : ranges) {
            for (long number = range.from(); number <= range.to(); number++) {
                ids.add(id(range.sessionId(), number));
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Document> found = updates.find(in("_id", ids)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(BoardUpdateLog::position));
        return found;
    }

    void clear() {
        updates.deleteMany(new Document());
    }

    /** Numbers {@code from} to {@code to}, both included, of one session's updates. */
    record Range(String sessionId, long from, long to) {
    }

    static long position(Document document) {
        return document.get("position", Number.class).longValue();
    }

    private static long number(Document document) {
        return document.get("number", Number.class).longValue();
    }

    private static String id(String sessionId, long number) {
        return sessionId + "/" + number;
    }
}
