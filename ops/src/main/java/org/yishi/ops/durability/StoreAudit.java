package org.yishi.ops.durability;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.yishi.command.eventstore.MongoCommitStorageEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Opens a store whose writers were killed and checks what they acknowledged against what the store gives back:
 * through the engine's two read paths (by aggregate and the global stream) and by scanning the raw commits, which
 * also shows commits that neither read path reaches.
 */
final class StoreAudit {

    /** An acknowledged commit that the store does not give back as it was written. */
    record Lost(Ack ack, int eventsFound, String firstEventIdFound) {
    }

    /**
     * @param duplicateEventIds         event identifiers held by more than one stored event
     * @param positionsOutOfOrder       neighbours in the global stream whose positions do not increase
     * @param storedCommitsPerLabel     stored (non-void) commit documents per run label, acknowledged or not
     * @param storedEvents              events in all stored commit documents
     * @param trackedEvents             events in the global stream
     * @param acknowledgedButNotTracked acknowledged commits whose first event the global stream lacks
     */
    record Findings(List<Lost> lost, List<String> duplicateEventIds, List<String> positionsOutOfOrder,
                    Map<String, Long> storedCommitsPerLabel, long storedEvents, long trackedEvents,
                    List<Ack> acknowledgedButNotTracked) {

        long lostIn(String label) {
            return lost.stream().filter(missing -> missing.ack().label().equals(label)).count();
        }
    }

    private record RawCommits(Map<String, Long> commitsPerLabel, long events, List<String> duplicateEventIds) {
    }

    private record GlobalStream(Set<String> eventIds, long events, List<String> positionsOutOfOrder) {
    }

    private StoreAudit() {
    }

    static Findings audit(Path store, List<Ack> acknowledged) {
        try (DurabilityStore opened = DurabilityStore.open(store, false)) {
            MongoCommitStorageEngine engine = opened.engine();
            List<Lost> lost = acknowledged.stream().flatMap(ack -> lost(engine, ack).stream()).toList();
            RawCommits raw = scan(engine);
            GlobalStream stream = readGlobalStream(engine);
            List<Ack> notTracked = acknowledged.stream().filter(ack -> !stream.eventIds().contains(ack.firstEventId()))
                                               .toList();
            return new Findings(lost, raw.duplicateEventIds(), stream.positionsOutOfOrder(), raw.commitsPerLabel(),
                                raw.events(), stream.events(), notTracked);
        }
    }

    private static Optional<Lost> lost(MongoCommitStorageEngine engine, Ack ack) {
        List<? extends DomainEventMessage<?>> events = engine.readEvents(ack.aggregateId()).asStream().toList();
        String first = events.isEmpty() ? null : events.get(0).getIdentifier();
        if (events.size() == ack.eventCount() && ack.firstEventId().equals(first)) {
            return Optional.empty();
        }
        return Optional.of(new Lost(ack, events.size(), first));
    }

    /** Reads every commit document without a filter, so no index decides what is seen. */
    private static RawCommits scan(MongoCommitStorageEngine engine) {
        Map<String, Integer> eventIds = new HashMap<>();
        Map<String, Long> commitsPerLabel = new TreeMap<>();
        long events = 0;
        for (Document commit : engine.collections().commits().find()) {
            if (commit.getBoolean("void", false)) {
                continue;
            }
            commitsPerLabel.merge(AppendUntilKilled.labelOf(commit.getString("agg")), 1L, Long::sum);
            for (Document event : commit.getList("events", Document.class)) {
                eventIds.merge(event.getString("id"), 1, Integer::sum);
                events++;
            }
        }
        List<String> duplicates = eventIds.entrySet().stream().filter(entry -> entry.getValue() > 1)
                                          .map(Map.Entry::getKey).sorted().toList();
        return new RawCommits(commitsPerLabel, events, duplicates);
    }

    private static GlobalStream readGlobalStream(MongoCommitStorageEngine engine) {
        Set<String> eventIds = new HashSet<>();
        List<String> outOfOrder = new ArrayList<>();
        long events = 0;
        long previous = -1;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                long position = event.trackingToken().position().orElseThrow();
                if (position <= previous) {
                    outOfOrder.add(previous + " then " + position + " (" + event.getIdentifier() + ")");
                }
                previous = position;
                eventIds.add(event.getIdentifier());
                events++;
            }
        }
        return new GlobalStream(eventIds, events, outOfOrder);
    }
}
