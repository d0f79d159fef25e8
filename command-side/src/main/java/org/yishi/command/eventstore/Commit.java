package org.yishi.command.eventstore;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A commit document: every event that one unit of work applied to one aggregate, written in one insert.
 * <p>
 * {@code _id} is the global position of its first event; the commit owns the positions
 * {@code [position, position + events.size())}. {@code key} is {@code aggregateId#firstSequence}, unique, so two
 * writers that loaded the same aggregate version collide. A <em>void</em> commit holds no events: a writer that lost
 * such a collision (or cannot tell whether its write landed) claims its allocated positions with it, so readers
 * need not wait for them.
 */
record Commit(long position, String aggregateType, String aggregateId, long firstSequence, Instant committedAt,
              List<StoredEvent> events, int voidedCount) {

    static final String POSITION = "_id";
    static final String KEY = "key";
    static final String AGGREGATE_TYPE = "aggType";
    static final String AGGREGATE_ID = "agg";
    static final String FIRST_SEQUENCE = "first";
    static final String COUNT = "n";
    static final String COMMITTED_AT = "at";
    static final String EVENTS = "events";
    static final String VOID = "void";
    /** SHA-256 over the canonical encoding of the rest of the document (see {@link CanonicalJson}). */
    static final String HASH = "hash";
    /** The hash of the previous commit of the same aggregate; null for its first commit and for void commits. */
    static final String PREV = "prev";

    static Commit of(long position, Instant committedAt, List<StoredEvent> events) {
        StoredEvent first = events.get(0);
        return new Commit(position, first.aggregateType(), first.aggregateId(),
                          first.aggregateId() == null ? 0 : first.sequenceNumber(), committedAt, events, 0);
    }

    static Commit voided(long position, int count, Instant committedAt) {
        return new Commit(position, null, null, 0, committedAt, List.of(), count);
    }

    static String key(String aggregateId, long sequence) {
        return aggregateId + '#' + sequence;
    }

    boolean isVoid() {
        return voidedCount > 0;
    }

    int size() {
        return isVoid() ? voidedCount : events.size();
    }

    long lastPosition() {
        return position + size() - 1;
    }

    long nextSequence() {
        return firstSequence + events.size();
    }

    Document toDocument() {
        Document document = new Document(POSITION, position);
        if (isVoid()) {
            return document.append(KEY, "~void@" + position)
                           .append(COUNT, voidedCount)
                           .append(COMMITTED_AT, Date.from(committedAt))
                           .append(VOID, true);
        }
        boolean domain = aggregateId != null;
        return document.append(KEY, domain ? key(aggregateId, firstSequence) : "~event@" + position)
                       .append(AGGREGATE_TYPE, aggregateType)
                       .append(AGGREGATE_ID, aggregateId)
                       .append(FIRST_SEQUENCE, firstSequence)
                       .append(COUNT, events.size())
                       .append(COMMITTED_AT, Date.from(committedAt))
                       .append(EVENTS, events.stream().map(event -> event.toDocument(domain)).toList());
    }

    static Commit fromDocument(Document document) {
        long position = document.get(POSITION, Number.class).longValue();
        Instant committedAt = document.getDate(COMMITTED_AT).toInstant();
        int count = document.get(COUNT, Number.class).intValue();
        if (document.getBoolean(VOID, false)) {
            return voided(position, count, committedAt);
        }
        String aggregateType = document.getString(AGGREGATE_TYPE);
        String aggregateId = document.getString(AGGREGATE_ID);
        List<StoredEvent> events = document.getList(EVENTS, Document.class).stream()
                                           .map(event -> StoredEvent.fromDocument(aggregateType, aggregateId, event))
                                           .toList();
        return new Commit(position, aggregateType, aggregateId,
                          document.get(FIRST_SEQUENCE, Number.class).longValue(), committedAt, events, 0);
    }
}
