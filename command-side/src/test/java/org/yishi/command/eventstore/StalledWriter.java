package org.yishi.command.eventstore;

import java.time.Instant;
import java.util.List;

/**
 * A writer caught between taking its positions from the counter and inserting its commit, as after a GC pause or a
 * slow majority write. Inserting late is exactly what the real writer would do once it resumes.
 */
record StalledWriter(TestStore store, String aggregateId, long position) {

    static StalledWriter allocate(TestStore store, String aggregateId) {
        long position = new GlobalPositions(store.collections().counters()).allocate(2);
        return new StalledWriter(store, aggregateId, position);
    }

    void insert() {
        Instant now = Instant.now();
        var serializer = EventSerializers.jackson();
        List<StoredEvent> events = List.of(
                event(0, new Tally.TallyOpened(aggregateId), now, serializer),
                event(1, new Tally.TallyIncreased(aggregateId, 1, 1), now, serializer));
        store.collections().commits().insertOne(Commit.of(position, now, events).toDocument());
    }

    private StoredEvent event(long sequence, Object payload, Instant now,
                              org.axonframework.serialization.Serializer serializer) {
        var serialized = serializer.serialize(payload, com.fasterxml.jackson.databind.JsonNode.class);
        var metaData = serializer.serialize(org.axonframework.messaging.MetaData.emptyInstance(),
                                            com.fasterxml.jackson.databind.JsonNode.class);
        return new StoredEvent("Tally", aggregateId, sequence, aggregateId + "-" + sequence, now,
                               serialized.getType().getName(), serialized.getType().getRevision(),
                               serialized.getData(), metaData.getData());
    }
}
