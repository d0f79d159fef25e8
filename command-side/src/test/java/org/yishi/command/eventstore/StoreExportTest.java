package org.yishi.command.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rotating the embedded store into another server: two embedded servers, the second standing in for MongoDB. */
class StoreExportTest {

    @TempDir
    Path sourceDirectory;
    @TempDir
    Path targetDirectory;

    TestStore source;
    TestStore target;

    @BeforeEach
    void aStoreWithEventsTokensDeadlinesKeysAndViews() {
        source = TestStore.open(sourceDirectory);
        target = TestStore.open(targetDirectory);
        MongoCommitStorageEngine engine = source.engine(Duration.ofSeconds(60));
        for (int round = 0; round < 700; round++) {
            engine.appendEvents(List.of(increased("tally-" + (round % 7), round / 7 * 2),
                                        increased("tally-" + (round % 7), round / 7 * 2 + 1)));
        }
        engine.storeSnapshot(increased("tally-0", 199));
        MongoTokenStore tokens = source.tokenStore();
        tokens.initializeTokenSegments("meeting-board", 2, new GlobalSequenceTrackingToken(1200));
        source.database.getCollection("deadlines").insertOne(
                new Document("_id", "motion-1#close").append("due", new Date(1_800_000_000_000L)));
        source.database.getCollection("ballot_keys").insertOne(new Document("_id", "motion-1").append("key", "k"));
        source.database.getCollection("view_session_list").insertOne(new Document("_id", "s-1").append("n", 1));
        source.database.getCollection("view_session_list").createIndex(new Document("community", 1));
        source.database.getCollection("nodes").insertOne(new Document("_id", "node-a").append("seenAt", new Date()));
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private static DomainEventMessage<?> increased(String id, long sequence) {
        return new GenericDomainEventMessage<>("Tally", id, sequence, new Tally.TallyIncreased(id, 1, sequence + 1));
    }

    private StoreExport export() {
        return new StoreExport(source.database, target.database, null);
    }

    @Test
    void everythingButTheNodesHeartbeatsIsCopiedWithItsIndexesAndBothSidesHashTheSame() {
        // when
        Map<String, Long> written = export().run();

        // then
        assertThat(written).containsEntry("commits", 700L).containsEntry("counters", 1L)
                           .containsEntry("snapshots", 1L).containsEntry("tokens", 2L)
                           .containsEntry("deadlines", 1L).containsEntry("ballot_keys", 1L)
                           .containsEntry("view_session_list", 1L).doesNotContainKey("nodes");
        List<StoreExport.Comparison> comparisons = export().verify();
        assertThat(comparisons).extracting(StoreExport.Comparison::collection).doesNotContain("nodes");
        assertThat(comparisons).allMatch(StoreExport.Comparison::matches);
        assertThat(comparisons).filteredOn(c -> c.collection().equals("commits")).singleElement()
                               .satisfies(c -> assertThat(c.target().count()).isEqualTo(700));
        List<String> indexes = new ArrayList<>();
        target.database.getCollection("commits").listIndexes().forEach(index -> indexes.add(index.getString("name")));
        assertThat(indexes).contains("commit_key");
        List<String> viewIndexes = new ArrayList<>();
        target.database.getCollection("view_session_list").listIndexes()
                       .forEach(index -> viewIndexes.add(index.getString("name")));
        assertThat(viewIndexes).hasSize(2);
    }

    @Test
    void theTargetServesTheSameEventsAndContinuesThePositionsWhereTheSourceStopped() {
        // given
        export().run();

        // when an engine opens the target and appends
        MongoCommitStorageEngine moved = target.engine(Duration.ofSeconds(60));
        List<Long> positions = moved.readEvents(null, false)
                                    .map(event -> ((TrackedEventMessage<?>) event).trackingToken().position()
                                                                                  .getAsLong())
                                    .toList();
        moved.appendEvents(List.of(increased("tally-1", 200)));

        // then the tracked stream is the source's, positions 0..1399, and the next commit takes 1400
        assertThat(positions).hasSize(1400).startsWith(0L, 1L).endsWith(1399L);
        assertThat(moved.headPosition()).isEqualTo(1400);
        assertThat(moved.readEvents("tally-0").asStream().count()).isEqualTo(200);
        assertThat(moved.readSnapshot("tally-0")).hasValueSatisfying(
                snapshot -> assertThat(snapshot.getSequenceNumber()).isEqualTo(199));
        assertThat(target.tokenStore().storedTokens("meeting-board")).hasSize(2);
    }

    @Test
    void aRunInterruptedHalfwayIsCompletedByRunningItAgainWithNothingTwice() {
        // given a first run that copied only part of the commits and an old copy of a view
        List<Document> firstHalf = source.database.getCollection("commits").find().limit(350).into(new ArrayList<>());
        target.database.getCollection("commits").insertMany(firstHalf);
        target.database.getCollection("view_session_list").insertOne(new Document("_id", "s-1").append("n", 0));

        // when it is run again, twice
        export().run();
        export().run();

        // then
        assertThat(target.database.getCollection("commits").countDocuments()).isEqualTo(700);
        assertThat(target.database.getCollection("view_session_list").find().first()).containsEntry("n", 1);
        assertThat(export().verify()).allMatch(StoreExport.Comparison::matches);
    }

    @Test
    void aTargetHoldingADifferentCommitAtAPositionIsRefusedAndKeepsItsCommit() {
        // given another store's commit at position 0
        Document foreign = new Document("_id", 0L).append("key", "other#0").append("n", 1)
                                                  .append("at", new Date()).append("events", List.of());
        target.database.getCollection("commits").insertOne(foreign);

        // when / then
        assertThatThrownBy(() -> export().run()).isInstanceOf(StoreExport.DifferentStore.class)
                                                .hasMessageContaining("不同的提交")
                                                .hasMessageContaining("different commit at position 0");
        assertThat(target.database.getCollection("commits").countDocuments()).isEqualTo(1);
        assertThat(target.database.getCollection("commits").find().first()).containsEntry("key", "other#0");
    }

    @Test
    void theVerificationSeesADocumentThatDiffersAfterTheCopy() {
        // given a complete copy
        export().run();

        // when one copied view document is changed on the target
        target.database.getCollection("view_session_list").updateOne(new Document("_id", "s-1"),
                                                                     new Document("$set", new Document("n", 2)));

        // then that collection, and only that one, no longer matches, with equal counts
        List<StoreExport.Comparison> differing = export().verify().stream().filter(c -> !c.matches()).toList();
        assertThat(differing).singleElement().satisfies(c -> {
            assertThat(c.collection()).isEqualTo("view_session_list");
            assertThat(c.source().count()).isEqualTo(c.target().count());
            assertThat(c.source().hash()).isNotEqualTo(c.target().hash());
        });
    }
}
