package org.yishi.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.ReplaceOptions;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

/**
 * Yishi's Axon event storage engine on MongoDB.
 * <ul>
 * <li>One unit of work's events for one aggregate are one commit document, inserted once and never changed.</li>
 * <li>A unique {@code key} (aggregate id and first sequence number) makes concurrent writers of one aggregate
 * version collide; the loser gets Axon's {@code ConcurrencyException}.</li>
 * <li>Each commit takes a contiguous range of global positions from a counter document before it is inserted, and
 * tracking reads follow those dense positions with gap-aware tokens, so no event is ever skipped.</li>
 * </ul>
 * See the README's design notes for why Yishi does not use the stock MongoDB engine.
 */
public class MongoCommitStorageEngine extends AbstractEventStorageEngine {

    private final EventStoreCollections collections;
    private final GlobalPositions positions;
    private final GapTracker gaps;
    private final TrackingReader trackingReader;
    private final AggregateReader aggregateReader;
    private final Clock clock;
    private final EventStoreMetrics metrics;
    private final CommitWriter writer;
    private final WriteStall stall;
    private final ChainHeads heads;

    protected MongoCommitStorageEngine(Builder builder) {
        super(builder);
        this.collections = Objects.requireNonNull(builder.collections, "collections");
        this.clock = builder.clock;
        this.stall = builder.writeStall;
        if (stall != WriteStall.NONE) {
            LoggerFactory.getLogger(MongoCommitStorageEngine.class)
                         .warn("A write-stall hook is set: commits will be delayed on purpose (fault tests only)");
        }
        this.positions = new GlobalPositions(collections.counters());
        this.gaps = new GapTracker(builder.gapTimeout, builder.holdBack, clock);
        this.metrics = new EventStoreMetrics(builder.meterRegistry, this);
        this.heads = new ChainHeads(collections.commits(), builder.aggregateWindow, builder.chainHeadCache);
        this.writer = new CommitWriter(collections.commits(), clock, metrics, heads);
        this.trackingReader = new TrackingReader(collections.commits(), positions::head, gaps, builder.batchSize,
                                                 builder.maxGapOffset, metrics::gapsGivenUp);
        this.aggregateReader = new AggregateReader(collections.commits(), builder.aggregateWindow, heads);
        collections.ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<List<StoredEvent>> groups = groupByAggregate(events, serializer);
        long started = System.nanoTime();
        long first = positions.allocate(events.size());
        Instant committedAt = clock.instant();
        List<Commit> commits = new ArrayList<>(groups.size());
        long next = first;
        for (List<StoredEvent> group : groups) {
            commits.add(Commit.of(next, committedAt, group));
            next += group.size();
        }
        stallAfterAllocation(first, events.size());
        for (int i = 0; i < commits.size(); i++) {
            insert(commits.get(i), events, started);
        }
    }

    /** A stalled writer still inserts what it allocated, as a real one does when it resumes. */
    private void stallAfterAllocation(long first, int count) {
        try {
            stall.afterAllocation(first, count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void insert(Commit commit, List<? extends EventMessage<?>> events, long started) {
        writer.write(commit, started).ifPresent(conflict -> handlePersistenceException(conflict,
                                                                                     firstEventOf(commit, events)));
    }

    private static EventMessage<?> firstEventOf(Commit commit, List<? extends EventMessage<?>> events) {
        String identifier = commit.events().get(0).eventIdentifier();
        for (EventMessage<?> event : events) {
            if (event.getIdentifier().equals(identifier)) {
                return event;
            }
        }
        return events.get(0);
    }

    private List<List<StoredEvent>> groupByAggregate(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<List<StoredEvent>> groups = new ArrayList<>();
        String currentAggregate = null;
        List<StoredEvent> current = null;
        for (EventMessage<?> event : events) {
            StoredEvent stored = StoredEvent.serialize(event, serializer);
            if (current == null || !Objects.equals(currentAggregate, stored.aggregateId())) {
                current = new ArrayList<>();
                groups.add(current);
                currentAggregate = stored.aggregateId();
            }
            current.add(stored);
        }
        return groups;
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        StoredEvent stored = StoredEvent.serialize(snapshot, serializer);
        Document existing = collections.snapshots().find(eq("_id", stored.aggregateId())).first();
        if (existing != null && existing.get(StoredEvent.SEQUENCE, Number.class).longValue() >= stored.sequenceNumber()) {
            return;
        }
        Document document = stored.toDocument(true).append("_id", stored.aggregateId())
                                  .append(Commit.AGGREGATE_TYPE, stored.aggregateType());
        collections.snapshots().replaceOne(eq("_id", stored.aggregateId()), document,
                                           new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = collections.snapshots().find(eq("_id", aggregateIdentifier)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        return Stream.of(StoredEvent.fromDocument(snapshot.getString(Commit.AGGREGATE_TYPE), aggregateIdentifier,
                                                  snapshot));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        return BatchSpliterator.<StoredEvent>stream(last -> {
            AggregateReader.Run run = aggregateReader.eventsFrom(
                    identifier, last == null ? firstSequenceNumber : last.sequenceNumber() + 1);
            return new BatchSpliterator.Batch<>(run.events(), run.last());
        });
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return BatchSpliterator.<TrackedEventData<JsonNode>>stream(last -> new BatchSpliterator.Batch<>(
                trackingReader.nextBatch(last == null ? trackingToken : last.trackingToken()), false));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long from = readSnapshotData(aggregateIdentifier).map(DomainEventData::getSequenceNumber)
                                                         .map(sequence -> sequence + 1).findFirst().orElse(0L);
        Optional<Long> last = readEventData(aggregateIdentifier, from)
                .map(DomainEventData::getSequenceNumber).reduce((a, b) -> b);
        return last.isPresent() || from == 0 ? last : Optional.of(from - 1);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * A token at the highest allocated position. Positions near the head that are still in flight are kept as gaps,
     * so a processor that starts at the head still receives them.
     */
    @Override
    public TrackingToken createHeadToken() {
        long head = positions.head();
        if (head == 0) {
            return null;
        }
        long from = Math.max(0, head - 256);
        List<Long> window = new ArrayList<>();
        for (long position = from; position < head; position++) {
            window.add(position);
        }
        SortedSet<Long> missing = new TreeSet<>(window);
        for (Document document : collections.commits().find(in(Commit.POSITION, window))) {
            Commit commit = Commit.fromDocument(document);
            for (long position = commit.position(); position <= commit.lastPosition(); position++) {
                missing.remove(position);
            }
        }
        missing.remove(head - 1);
        return GapAwareTrackingToken.newInstance(head - 1, missing);
    }

    /** A token just before the first commit at or after {@code dateTime}; this one scans on the embedded server. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = collections.commits().find(gte(Commit.COMMITTED_AT, java.util.Date.from(dateTime)))
                                    .sort(new Document(Commit.POSITION, 1)).limit(1).first();
        if (first == null) {
            return createHeadToken();
        }
        long position = first.get(Commit.POSITION, Number.class).longValue();
        return position == 0 ? null : GapAwareTrackingToken.newInstance(position - 1, List.of());
    }

    /** The highest allocated position, or -1 when nothing was ever appended. */
    public long headPosition() {
        return positions.head() - 1;
    }

    /**
     * When the oldest commit holding a position after {@code position} was written: how long the event a processor
     * at {@code position} handles next has been waiting. Looks only at the 256 positions on either side (an exact
     * match on {@code _id}, served from the index everywhere); empty when nothing after it is stored there yet.
     */
    public Optional<Instant> committedAfter(long position) {
        List<Long> window = new ArrayList<>();
        for (long candidate = Math.max(0, position - 255); candidate <= position + 256; candidate++) {
            window.add(candidate);
        }
        Instant oldest = null;
        for (Document document : collections.commits().find(in(Commit.POSITION, window))
                                            .projection(new Document(Commit.COUNT, 1).append(Commit.COMMITTED_AT, 1)
                                                                                     .append(Commit.VOID, 1))) {
            long first = document.get(Commit.POSITION, Number.class).longValue();
            long last = first + document.get(Commit.COUNT, Number.class).longValue() - 1;
            if (last <= position || document.getBoolean(Commit.VOID, false)) {
                continue;
            }
            Instant at = document.getDate(Commit.COMMITTED_AT).toInstant();
            if (oldest == null || at.isBefore(oldest)) {
                oldest = at;
            }
        }
        return Optional.ofNullable(oldest);
    }

    long gapsWaiting() {
        return gaps.waiting(clock.instant());
    }

    public EventStoreCollections collections() {
        return collections;
    }

    public static class Builder extends AbstractEventStorageEngine.Builder {

        private EventStoreCollections collections;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private Duration holdBack = Duration.ofSeconds(2);
        private int batchSize = 256;
        private int aggregateWindow = 64;
        private int maxGapOffset = 10_000;
        private int chainHeadCache = 10_000;
        private Clock clock = Clock.systemUTC();
        private MeterRegistry meterRegistry;
        private WriteStall writeStall = WriteStall.NONE;

        public Builder collections(EventStoreCollections collections) {
            this.collections = collections;
            return this;
        }

        /** How long a missing position is waited for before readers give it up; 60 s by default. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * How long readers wait at a missing position before delivering what lies beyond it; 2 s by default, never
         * more than the gap timeout. Within it, processors see events strictly in position order; a writer that
         * stalls longer has its events delivered late, after later ones, and still exactly once.
         */
        public Builder holdBack(Duration holdBack) {
            this.holdBack = holdBack;
            return this;
        }

        /** How many positions one tracking read asks for. */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        /** How many aggregates' latest commit hashes are kept to chain new commits without a query; 10,000. */
        public Builder chainHeadCache(int chainHeadCache) {
            this.chainHeadCache = chainHeadCache;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** For fault tests only: delays writers between taking positions and inserting; none by default. */
        public Builder writeStall(WriteStall writeStall) {
            this.writeStall = java.util.Objects.requireNonNull(writeStall);
            return this;
        }

        public Builder meterRegistry(MeterRegistry meterRegistry) {
            this.meterRegistry = meterRegistry;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        public MongoCommitStorageEngine build() {
            persistenceExceptionResolver(CommitWriter::isDuplicateKey);
            return new MongoCommitStorageEngine(this);
        }
    }
}
