package org.yishi.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import static com.mongodb.client.model.Filters.in;

/**
 * Reads the global stream in batches for tracking processors, with Axon's gap-aware token semantics.
 * <p>
 * Positions are dense, so the reader never asks for a range: it asks for the exact next positions (and the token's
 * gaps) with {@code _id $in [...]}. A position below the head that is not visible yet is a gap, never the end of the
 * stream; it is delivered when its commit appears, or given up by {@link GapTracker}. A window with nothing visible
 * is skipped, so a large range left by a crashed writer never stalls the reader.
 */
final class TrackingReader {

    private static final GapAwareTrackingToken BEFORE_FIRST = GapAwareTrackingToken.newInstance(-1, List.of());

    private final MongoCollection<Document> commits;
    private final LongSupplier head;
    private final GapTracker gaps;
    private final int window;
    private final int maxGapOffset;
    private final Consumer<Integer> onGivenUp;

    TrackingReader(MongoCollection<Document> commits, LongSupplier head, GapTracker gaps, int window,
                   int maxGapOffset, Consumer<Integer> onGivenUp) {
        this.commits = commits;
        this.head = head;
        this.gaps = gaps;
        this.window = window;
        this.maxGapOffset = maxGapOffset;
        this.onGivenUp = onGivenUp;
    }

    /** The next batch after {@code lastToken}; empty when nothing new is visible. */
    List<TrackedEventData<JsonNode>> nextBatch(TrackingToken lastToken) {
        GapAwareTrackingToken token = gapAware(lastToken);
        long index = token == null ? -1 : token.getIndex();
        SortedSet<Long> knownGaps = token == null ? new TreeSet<>() : token.getGaps();
        long headPosition = head.getAsLong();
        if (knownGaps.isEmpty() && index + 1 >= headPosition) {
            return List.of();
        }
        NavigableMap<Long, Commit> found = new TreeMap<>();
        fetch(knownGaps, found);
        long from = index + 1;
        while (from < headPosition) {
            long to = Math.min(from + window - 1, headPosition - 1);
            if (fetchRange(from, to, found)) {
                break;
            }
            from = to + 1;
        }
        recheckMissingBelowHighest(index, found);
        return deliver(token, index, knownGaps, found);
    }

    /** Returns whether any commit starting in {@code [from, to]} was visible. */
    private boolean fetchRange(long from, long to, NavigableMap<Long, Commit> found) {
        List<Long> positions = new ArrayList<>((int) (to - from + 1));
        for (long position = from; position <= to; position++) {
            positions.add(position);
        }
        int before = found.size();
        fetch(positions, found);
        return found.size() > before;
    }

    private void fetch(Collection<Long> positions, NavigableMap<Long, Commit> found) {
        if (positions.isEmpty()) {
            return;
        }
        for (Document document : commits.find(in(Commit.POSITION, positions))) {
            Commit commit = Commit.fromDocument(document);
            found.put(commit.position(), commit);
        }
    }

    /**
     * A query is not a snapshot across documents: it may see a commit and miss an earlier one that landed while it
     * ran. Asking once more for what is missing below the highest commit seen means that a commit inserted before a
     * later one became visible (such as the previous commit of the same aggregate) is never reported as a gap.
     */
    private void recheckMissingBelowHighest(long index, NavigableMap<Long, Commit> found) {
        fetch(holesAbove(index, found), found);
    }

    /** Positions above {@code index} that are missing below some visible commit. */
    private static List<Long> holesAbove(long index, NavigableMap<Long, Commit> found) {
        List<Long> holes = new ArrayList<>();
        long next = index + 1;
        for (Commit commit : found.tailMap(next, true).values()) {
            for (long position = next; position < commit.position(); position++) {
                holes.add(position);
            }
            next = Math.max(next, commit.lastPosition() + 1);
        }
        return holes;
    }

    private List<TrackedEventData<JsonNode>> deliver(GapAwareTrackingToken start, long index,
                                                     SortedSet<Long> knownGaps, NavigableMap<Long, Commit> found) {
        Instant now = gaps.now();
        SortedSet<Long> settled = new TreeSet<>();
        for (Commit commit : found.values()) {
            for (long position = commit.position(); position <= commit.lastPosition(); position++) {
                gaps.resolved(position);
                if (commit.isVoid()) {
                    settled.add(position);
                }
            }
        }
        settled.addAll(givenUp(index, knownGaps, found, now));
        long heldAt = firstHeldBack(index, found, settled, now);
        gaps.forgetOlderThan(now);

        List<TrackedEventData<JsonNode>> batch = new ArrayList<>();
        GapAwareTrackingToken token = without(start == null ? BEFORE_FIRST : start, settled);
        for (Commit commit : found.values()) {
            if (commit.position() > heldAt) {
                break;
            }
            long position = commit.position();
            for (StoredEvent event : commit.events()) {
                if (position > token.getIndex() || token.getGaps().contains(position)) {
                    token = without(token.advanceTo(position, maxGapOffset), settled);
                    batch.add(event.atPosition(position).tracked(token));
                }
                position++;
            }
        }
        return batch;
    }

    /**
     * The first position above {@code index} that is still missing below a visible commit and whose writer may yet
     * insert it within the hold-back; nothing above it is delivered in this batch, so a projection that folds several
     * streams into one document sees their events in position order. {@code Long.MAX_VALUE} when there is none.
     */
    private long firstHeldBack(long index, NavigableMap<Long, Commit> found, SortedSet<Long> settled, Instant now) {
        NavigableMap<Long, Instant> earliestFrom = earliestCommitFrom(found);
        for (long position : holesAbove(index, found)) {
            if (settled.contains(position) || covered(position, found)) {
                continue;
            }
            var above = earliestFrom.higherEntry(position);
            if (gaps.holdsBack(position, above == null ? null : above.getValue(), now)) {
                return position;
            }
        }
        return Long.MAX_VALUE;
    }

    /** Positions that stay missing (old gaps and holes below a visible commit) and are now past their timeout. */
    private List<Long> givenUp(long index, SortedSet<Long> knownGaps, NavigableMap<Long, Commit> found, Instant now) {
        SortedSet<Long> missing = new TreeSet<>(knownGaps);
        missing.addAll(holesAbove(index, found));
        NavigableMap<Long, Instant> earliestFrom = earliestCommitFrom(found);
        List<Long> givenUp = new ArrayList<>();
        for (long position : missing) {
            if (covered(position, found)) {
                continue;
            }
            var above = earliestFrom.higherEntry(position);
            if (gaps.shouldGiveUp(position, above == null ? null : above.getValue(), now)) {
                givenUp.add(position);
            }
        }
        if (!givenUp.isEmpty()) {
            onGivenUp.accept(givenUp.size());
        }
        return givenUp;
    }

    private static boolean covered(long position, NavigableMap<Long, Commit> found) {
        var floor = found.floorEntry(position);
        return floor != null && floor.getValue().lastPosition() >= position;
    }

    /** For each commit position, the earliest commit time among the commits at or above it. */
    private static NavigableMap<Long, Instant> earliestCommitFrom(NavigableMap<Long, Commit> found) {
        NavigableMap<Long, Instant> earliest = new TreeMap<>();
        Instant running = null;
        for (Commit commit : found.descendingMap().values()) {
            if (running == null || commit.committedAt().isBefore(running)) {
                running = commit.committedAt();
            }
            earliest.put(commit.position(), running);
        }
        return earliest;
    }

    private static GapAwareTrackingToken without(GapAwareTrackingToken token, SortedSet<Long> settled) {
        if (settled.isEmpty() || token.getGaps().stream().noneMatch(settled::contains)) {
            return token;
        }
        SortedSet<Long> remaining = new TreeSet<>(token.getGaps());
        remaining.removeAll(settled);
        return GapAwareTrackingToken.newInstance(token.getIndex(), remaining);
    }

    private static GapAwareTrackingToken gapAware(TrackingToken token) {
        if (token == null || token instanceof GapAwareTrackingToken) {
            return (GapAwareTrackingToken) token;
        }
        throw new IllegalArgumentException("Yishi's event store tracks with GapAwareTrackingToken, not " + token);
    }
}
