package org.yishi.command.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.EventMetadata;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineTest {

    @TempDir
    Path directory;
    TestStore store;
    MongoCommitStorageEngine engine;

    @BeforeEach
    void open() {
        store = TestStore.open(directory);
        engine = store.engine(Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static DomainEventMessage<?> increased(String id, long sequence) {
        return new GenericDomainEventMessage<>("Tally", id, sequence,
                                               new Tally.TallyIncreased(id, 1, sequence + 1));
    }

    @Test
    void eventsOfOneUnitOfWorkAreOneCommitDocumentWithReadablePayloads() {
        engine.appendEvents(List.of(increased("a", 0), increased("a", 1), increased("a", 2)));

        List<Document> commits = store.collections().commits().find().into(new java.util.ArrayList<>());
        assertThat(commits).hasSize(1);
        Document commit = commits.get(0);
        assertThat(commit.get("_id")).isEqualTo(0L);
        assertThat(commit.getString("key")).isEqualTo("a#0");
        assertThat(commit.getList("events", Document.class)).hasSize(3);
        Document payload = commit.getList("events", Document.class).get(2).get("payload", Document.class);
        assertThat(payload.get("totalAfter")).isEqualTo(3L);
        assertThat(payload.getString("id")).isEqualTo("a");
    }

    @Test
    void anAggregateIsReadBackInSequenceAcrossCommits() {
        for (long sequence = 0; sequence < 200; sequence += 2) {
            engine.appendEvents(List.of(increased("a", sequence), increased("a", sequence + 1)));
            engine.appendEvents(List.of(increased("b", sequence / 2)));
        }

        List<Long> sequences = engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(sequences).hasSize(200).isSorted().startsWith(0L).endsWith(199L);
        assertThat(engine.readEvents("a", 150).asStream().map(DomainEventMessage::getSequenceNumber).findFirst())
                .contains(150L);
        assertThat(engine.readEvents("a", 151).asStream().map(DomainEventMessage::getSequenceNumber).findFirst())
                .contains(151L);
        assertThat(engine.lastSequenceNumberFor("b")).contains(99L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
        Tally.TallyIncreased last = (Tally.TallyIncreased) engine.readEvents("a").asStream()
                                                                  .reduce((x, y) -> y).orElseThrow().getPayload();
        assertThat(last.totalAfter()).isEqualTo(200);
    }

    @Test
    void anAggregatesEventsReadBackCarryTheGlobalPositionsATrackingReadGivesThem() {
        engine.appendEvents(List.of(increased("a", 0), increased("a", 1)));
        engine.appendEvents(List.of(increased("b", 0)));
        engine.appendEvents(List.of(increased("a", 2)));

        List<Object> positions = engine.readEvents("a").asStream()
                                       .map(event -> event.getMetaData().get(EventMetadata.GLOBAL_POSITION)).toList();
        List<Object> tracked = engine.readEvents(null, false)
                                     .filter(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier()
                                                                                     .equals("a"))
                                     .map(event -> event.getMetaData().get(EventMetadata.GLOBAL_POSITION)).toList();
        assertThat(positions).containsExactly(0L, 1L, 3L).isEqualTo(tracked);
        assertThat(engine.readEvents("a", 2).asStream().map(event -> event.getMetaData()
                                                                          .get(EventMetadata.GLOBAL_POSITION)))
                .containsExactly(3L);
    }

    @Test
    void twoWritersOfTheSameAggregateVersionConflictAndOnlyOneIsStored() {
        engine.appendEvents(List.of(increased("a", 0)));

        engine.appendEvents(List.of(increased("a", 1)));
        assertThatThrownBy(() -> engine.appendEvents(List.of(increased("a", 1))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(2);
    }

    @Test
    void theLosingWritersPositionsAreVoidedSoReadersDoNotWaitForThem() {
        engine.appendEvents(List.of(increased("a", 0)));
        assertThatThrownBy(() -> engine.appendEvents(List.of(increased("a", 0))))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(List.of(increased("a", 1)));
        assertThatThrownBy(() -> engine.appendEvents(List.of(increased("a", 1), increased("a", 2))))
                .isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(List.of(increased("a", 2)));

        List<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false).toList();
        assertThat(events).hasSize(3);
        GapAwareTrackingToken last = (GapAwareTrackingToken) events.get(2).trackingToken();
        assertThat(last.getIndex()).isEqualTo(5);
        assertThat(last.getGaps()).isEmpty();
    }

    @Test
    void eventsWithoutAnAggregateAreStoredAndTracked() {
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage("a notice")));

        List<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false).toList();
        assertThat(events).singleElement()
                          .satisfies(event -> assertThat(event.getPayload()).isEqualTo("a notice"))
                          .isNotInstanceOf(DomainEventMessage.class);
    }

    @Test
    void theLatestSnapshotWinsAndAnOlderOneNeverReplacesIt() {
        engine.storeSnapshot(new GenericDomainEventMessage<>("Tally", "a", 10, new Tally.TallyOpened("a")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Tally", "a", 20, new Tally.TallyOpened("a")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Tally", "a", 15, new Tally.TallyOpened("a")));

        assertThat(engine.readSnapshot("a")).get().extracting(DomainEventMessage::getSequenceNumber).isEqualTo(20L);
    }

    @Test
    void aTrackingReadFollowsGlobalPositionsInBatches() {
        for (int i = 0; i < 600; i++) {
            engine.appendEvents(List.of(increased("agg-" + (i % 7), i / 7)));
        }

        List<Long> positions = engine.readEvents(null, false)
                                     .map(event -> event.trackingToken().position().orElseThrow()).toList();
        assertThat(positions).hasSize(600).isSorted().doesNotHaveDuplicates().startsWith(0L).endsWith(599L);
        assertThat(engine.headPosition()).isEqualTo(599);
        GapAwareTrackingToken head = (GapAwareTrackingToken) engine.createHeadToken();
        assertThat(head.getIndex()).isEqualTo(599);
        assertThat(engine.readEvents(head, false).count()).isZero();
    }

    /** An old shape of TallyIncreased that called the amount "delta" and had no revision. */
    private static final class DeltaRenamed extends SingleEventUpcaster {

        private static final SimpleSerializedType OLD = new SimpleSerializedType(Tally.TallyIncreased.class.getName(), null);

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(OLD);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                    new SimpleSerializedType(OLD.getName(), "2"), JsonNode.class,
                    payload -> {
                        ObjectNode object = (ObjectNode) payload;
                        object.set("amount", object.remove("delta"));
                        return object;
                    });
        }
    }

    @Test
    void storedEventsPassThroughUpcastersOnTheWayOut() {
        MongoCommitStorageEngine upcasting = MongoCommitStorageEngine.builder()
                .collections(store.collections())
                .eventSerializer(EventSerializers.jackson())
                .snapshotSerializer(EventSerializers.jackson())
                .upcasterChain(new DeltaRenamed())
                .build();
        new GlobalPositions(store.collections().counters()).allocate(1);
        store.collections().commits().insertOne(new Document("_id", 0L).append("key", "a#0").append("agg", "a")
                .append("aggType", "Tally").append("first", 0L).append("n", 1)
                .append("at", new java.util.Date())
                .append("events", List.of(new Document("id", "e0").append("seq", 0L)
                        .append("type", Tally.TallyIncreased.class.getName()).append("rev", null)
                        .append("ts", new java.util.Date())
                        .append("payload", new Document("id", "a").append("delta", 4).append("totalAfter", 4))
                        .append("meta", new Document()))));

        Tally.TallyIncreased event = (Tally.TallyIncreased) upcasting.readEvents("a").next().getPayload();

        assertThat(event.amount()).isEqualTo(4);
        assertThat(upcasting.readEvents(null, false).findFirst().orElseThrow().getPayload())
                .isEqualTo(new Tally.TallyIncreased("a", 4, 4));
    }
}
