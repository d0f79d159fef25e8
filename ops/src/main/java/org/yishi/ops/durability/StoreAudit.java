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
 * Opens a store whose writers were killed and holds what they acknowledged against what the store gives back, both
 * through the engine's two read paths (by aggregate and the global stream) and by scanning the raw commits.
 */
final class StoreAudit {

    /** An acknowledged commit that the store does not give back as it was written. */
    record Lost(Ack ack, int eventsFound, String firstEventIdFound) {
    }

    /**
     * @param duplicateEventIds          event identifiers held by more than one stored event
     * @param positionsOutOfOrder        neighbours in the global stream whose positions do not increase
     * @param storedCommitsPerLabel      stored (non-void) commit documents per run label, acknowledged or not
     * @param storedEvents               events in all stored commit documents
     * @param trackedEvents              events in the global stream
     * @param acknowledgedButNotTracked  acknowledged commits whose first event the global stream lacks
     */
    record Findings(List<Lost> lost, List<String> duplicateEventIds, List<String> positionsOutOfOrder,
                    Map<String, Long> storedCommitsPerLabel, long storedEvents, long trackedEvents,
                    List<Ack> acknowledgedButNotTracked) {

        long lostIn(String label) {
            return lost.stream().filter(lost -> lost.ack().label().equals(label)).count();
        }
    }

    private StoreAudit() {
    }

    static Findings audit(Path store, List<Ack> acknowledged) {
        try (DurabilityStore opened = DurabilityStore.open(store, false)) {
            MongoCommitStorageEngine engine = opened.engine();
            List<Lost> lost = acknowledged.stream().flatMap(ack -> lost(engine, ack).stream()).toList();
            Map<String, Integer> eventIds = new HashMap<>();
            Map<String, Long> storedCommitsPerLabel = new TreeMap<>();
            long storedEvents = 0;
            for (Document commit : engine.collections().commits().find()) {
                if (commit.getBoolean("void", false)) {
                    continue;
                }
                storedCommitsPerLabel.merge(AppendUntilKilled.labelOf(commit.getString("agg")), 1L, Long::sum);
                for (Document event : commit.getList("events", Document.class)) {
                    eventIds.merge(event.getString("id"), 1, Integer::sum);
                    storedEvents++;
                }
            }
            List<String> duplicateEventIds = eventIds.entrySet().stream().filter(entry -> entry.getValue() > 1)
                                                     .map(Map.Entry::getKey).sorted().toList();

            List<String> positionsOutOfOrder = new ArrayList<>();
            Set<String> trackedIds = new HashSet<>();
            long trackedEvents = 0;
            long previous = -1;
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                while (events.hasNext()) {
                    TrackedEventMessage<?> event = events.next();
                    long position = event.trackingToken().position().orElseThrow();
                    if (position <= previous) {
                        positionsOutOfOrder.add(previous + " then " + position + " (" + event.getIdentifier() + ")");
                    }
                    previous = position;
                    trackedIds.add(event.getIdentifier());
                    trackedEvents++;
                }
            }
            List<Ack> acknowledgedButNotTracked = acknowledged.stream()
                                                              .filter(ack -> !trackedIds.contains(ack.firstEventId()))
                                                              .toList();
            return new Findings(lost, duplicateEventIds, positionsOutOfOrder, storedCommitsPerLabel, storedEvents,
                                trackedEvents, acknowledgedButNotTracked);
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
}
