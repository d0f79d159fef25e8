package org.yishi.command.eventstore;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.in;

/**
 * Reads one aggregate's events by exact {@code key} lookups, each with its global position in its metadata, as the
 * tracking reader delivers them, so that a screen folded from one stream can cite the positions of what it shows.
 * The first sequence numbers of the next commits are not known in advance, but they lie within the next few
 * sequence numbers, so one {@code $in} over a window of keys finds every commit that starts in it.
 */
final class AggregateReader {

    private final MongoCollection<Document> commits;
    private final int window;
    private final ChainHeads heads;

    AggregateReader(MongoCollection<Document> commits, int window, ChainHeads heads) {
        this.commits = commits;
        this.window = window;
        this.heads = heads;
    }

    /** A run of consecutive events, and whether the stream is known to end after it. */
    record Run(List<StoredEvent> events, boolean last) {
    }

    /**
     * The next run of consecutive events from {@code sequence} on. Callers start at a commit boundary (0, or one
     * past a snapshot); a start inside a commit of at most {@code window} events is found too. When the next
     * expected commit would start inside the window just read and was not there, the stream has ended, and no
     * further query is needed to find that out.
     */
    Run eventsFrom(String aggregateId, long sequence) {
        long lookBehind = sequence == 0 ? 0 : Math.min(sequence, window);
        long windowEnd = sequence + window - 1;
        NavigableMap<Long, Commit> found = fetch(aggregateId, sequence - lookBehind, windowEnd);
        List<StoredEvent> events = new ArrayList<>();
        long next = sequence;
        var containing = found.floorEntry(sequence);
        if (containing == null || containing.getValue().nextSequence() <= sequence) {
            containing = found.ceilingEntry(sequence);
            if (containing == null || containing.getKey() != sequence) {
                return new Run(events, true);
            }
        }
        for (Commit commit : found.tailMap(containing.getKey(), true).values()) {
            if (commit.firstSequence() > next) {
                break;
            }
            long position = commit.position();
            for (StoredEvent event : commit.events()) {
                if (event.sequenceNumber() >= next) {
                    events.add(event.atPosition(position));
                }
                position++;
            }
            next = commit.nextSequence();
        }
        return new Run(events, next <= windowEnd);
    }

    private NavigableMap<Long, Commit> fetch(String aggregateId, long fromSequence, long toSequence) {
        List<String> keys = new ArrayList<>((int) (toSequence - fromSequence + 1));
        for (long sequence = fromSequence; sequence <= toSequence; sequence++) {
            keys.add(Commit.key(aggregateId, sequence));
        }
        NavigableMap<Long, Commit> found = new TreeMap<>();
        Document newest = null;
        long newestNext = -1;
        for (Document document : commits.find(in(Commit.KEY, keys))) {
            Commit commit = Commit.fromDocument(document);
            found.put(commit.firstSequence(), commit);
            if (commit.nextSequence() > newestNext) {
                newest = document;
                newestNext = commit.nextSequence();
            }
        }
        if (newest != null) {
            heads.saw(aggregateId, newestNext, newest.getString(Commit.HASH));
        }
        return found;
    }
}
