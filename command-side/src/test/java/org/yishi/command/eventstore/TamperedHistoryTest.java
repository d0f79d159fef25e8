package org.yishi.command.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.eventstore.ChainVerifier.Break;
import org.yishi.command.eventstore.ChainVerifier.Kind;
import org.yishi.command.eventstore.ChainVerifier.Report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of changing the stored history by hand, each on its own, is found by verification, which names the
 * broken commit and what differs there.
 */
class TamperedHistoryTest {

    @TempDir
    Path directory;
    TestStore store;
    MongoCommitStorageEngine engine;

    @BeforeEach
    void open() {
        store = TestStore.open(directory);
        engine = store.engine(Duration.ofSeconds(60));
        // positions: a#0 = 0..1, b#0 = 2, a#2 = 3, b#1 = 4, a#3 = 5..6
        engine.appendEvents(List.of(increased("a", 0), increased("a", 1)));
        engine.appendEvents(List.of(increased("b", 0)));
        engine.appendEvents(List.of(increased("a", 2)));
        engine.appendEvents(List.of(increased("b", 1)));
        engine.appendEvents(List.of(increased("a", 3), increased("a", 4)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static DomainEventMessage<?> increased(String id, long sequence) {
        return new GenericDomainEventMessage<>("Tally", id, sequence, new Tally.TallyIncreased(id, 1, sequence + 1),
                                               MetaData.with("actor", "person-" + id));
    }

    private Report verify() {
        return new ChainVerifier(store.collections(), 100).verify();
    }

    private Document commit(String key) {
        return store.collections().commits().find(eq("key", key)).first();
    }

    private void replace(Document original, Document changed) {
        store.collections().commits().deleteOne(eq("_id", original.get("_id")));
        store.collections().commits().insertOne(changed);
    }

    @Test
    void anUntouchedStoreVerifiesAndEachCommitNamesItsPredecessorsHash() {
        Report report = verify();

        assertThat(report.ok()).as(report.summary()).isTrue();
        assertThat(report.commits()).isEqualTo(5);
        assertThat(report.aggregates()).isEqualTo(2);
        assertThat(commit("a#0").get("prev")).isNull();
        assertThat(commit("a#2").getString("prev")).isEqualTo(commit("a#0").getString("hash"));
        assertThat(commit("a#3").getString("prev")).isEqualTo(commit("a#2").getString("hash"));
        assertThat(commit("b#1").getString("prev")).isEqualTo(commit("b#0").getString("hash"));
        assertThat(commit("a#3").getString("hash")).hasSize(64)
                                                   .isEqualTo(ChainHeads.hashOf(commit("a#3")));
    }

    @Test
    void aNewEngineOnTheSameStoreChainsOntoTheStoredHead() {
        MongoCommitStorageEngine restarted = store.engine(Duration.ofSeconds(60));

        restarted.appendEvents(List.of(increased("a", 5)));

        assertThat(commit("a#5").getString("prev")).isEqualTo(commit("a#3").getString("hash"));
        assertThat(verify().ok()).isTrue();
    }

    @Test
    void anEditedPayloadIsAHashMismatchAtThatCommit() {
        store.collections().commits().updateOne(eq("key", "a#2"), set("events.0.payload.amount", 100));

        Break first = verify().first();

        assertThat(first.key()).isEqualTo("a#2");
        assertThat(first.position()).isEqualTo(3);
        assertThat(first.kinds()).containsExactly(Kind.HASH_MISMATCH);
    }

    @Test
    void anEditedMetadataEntryIsAHashMismatchAtThatCommit() {
        store.collections().commits().updateOne(eq("key", "b#1"), set("events.0.meta.actor", "someone-else"));

        Break first = verify().first();

        assertThat(first.key()).isEqualTo("b#1");
        assertThat(first.kinds()).containsExactly(Kind.HASH_MISMATCH);
    }

    @Test
    void anEditedSequenceNumberIsNamed() {
        store.collections().commits().updateOne(eq("key", "a#3"), set("events.1.seq", 7L));

        Break first = verify().first();

        assertThat(first.key()).isEqualTo("a#3");
        assertThat(first.kinds()).contains(Kind.SEQUENCE_MISMATCH, Kind.HASH_MISMATCH);
        assertThat(first.details()).anyMatch(detail -> detail.contains("event 1 has sequence 7, expected 4"));
    }

    @Test
    void anEditedPositionIsAHashMismatchAtTheMovedCommit() {
        Document b0 = commit("b#0");
        Document a2 = commit("a#2");
        store.collections().commits().deleteOne(eq("_id", 2L));
        store.collections().commits().deleteOne(eq("_id", 3L));
        store.collections().commits().insertOne(new Document(b0).append("_id", 3L));
        store.collections().commits().insertOne(new Document(a2).append("_id", 2L));

        Report report = verify();

        assertThat(report.first().position()).isEqualTo(2);
        assertThat(report.first().key()).isEqualTo("a#2");
        assertThat(report.first().kinds()).contains(Kind.HASH_MISMATCH);
        assertThat(report.breaks()).extracting(Break::key).contains("b#0");
    }

    @Test
    void aDeletedCommitLeavesAHoleAndASequenceGapInItsAggregate() {
        store.collections().commits().deleteOne(eq("key", "a#2"));

        Report report = verify();

        assertThat(report.first().position()).isEqualTo(3);
        assertThat(report.first().kinds()).containsExactly(Kind.MISSING_COMMIT);
        Break gap = report.breaks().get(1);
        assertThat(gap.key()).isEqualTo("a#3");
        assertThat(gap.kinds()).contains(Kind.SEQUENCE_GAP);
        assertThat(gap.details()).anyMatch(detail -> detail.contains("sequences 2..2 are in no stored commit"));
    }

    @Test
    void theDeletedNewestCommitOfTheStoreIsAMissingCommitAtItsPositions() {
        store.collections().commits().deleteOne(eq("key", "a#3"));

        Report report = verify();

        assertThat(report.breaks()).hasSize(1);
        assertThat(report.first().position()).isEqualTo(5);
        assertThat(report.first().kinds()).containsExactly(Kind.MISSING_COMMIT);
        assertThat(report.first().details()).containsExactly("positions 5..6 were allocated and no commit holds them");
    }

    @Test
    void reorderedCommitsOfOneAggregateAreAPositionReorder() {
        Document b0 = commit("b#0");
        Document b1 = commit("b#1");
        store.collections().commits().deleteOne(eq("_id", 2L));
        store.collections().commits().deleteOne(eq("_id", 4L));
        store.collections().commits().insertOne(new Document(b1).append("_id", 2L));
        store.collections().commits().insertOne(new Document(b0).append("_id", 4L));

        Report report = verify();

        assertThat(report.breaks()).anySatisfy(broken -> {
            assertThat(broken.key()).isEqualTo("b#1");
            assertThat(broken.position()).isEqualTo(2);
            assertThat(broken.kinds()).contains(Kind.POSITION_REORDER);
        });
        assertThat(report.first().position()).isEqualTo(2);
    }

    @Test
    void aForgedCommitWithAValidHashAndLinkIsFoundOutsideTheAllocatedPositions() {
        Document head = commit("a#3");
        long position = engine.headPosition() + 1;
        Document forged = new Document("_id", position).append("key", "a#5").append("aggType", "Tally")
                .append("agg", "a").append("first", 5L).append("n", 1).append("at", head.get("at"))
                .append("events", List.of(new Document(head.getList("events", Document.class).get(0))
                                                  .append("id", "forged").append("seq", 5L)))
                .append("prev", head.getString("hash"));
        forged.append("hash", ChainHeads.hashOf(forged));
        store.collections().commits().insertOne(forged);

        Break first = verify().first();

        assertThat(first.key()).isEqualTo("a#5");
        assertThat(first.position()).isEqualTo(position);
        assertThat(first.kinds()).containsExactly(Kind.FORGED_COMMIT);
    }

    @Test
    void anEditedCommitWhoseHashWasRecomputedBreaksTheNextLink() {
        Document a2 = commit("a#2");
        Document changed = new Document(a2);
        changed.getList("events", Document.class).get(0).get("payload", Document.class).put("amount", 100);
        changed.put("hash", ChainHeads.hashOf(changed));
        replace(a2, changed);

        Break first = verify().first();

        assertThat(first.key()).isEqualTo("a#3");
        assertThat(first.kinds()).containsExactly(Kind.PREV_MISMATCH);
    }

    @Test
    void aCommitWrittenBeforeChainingIsReportedUntilMigrated() {
        store.collections().commits().updateOne(eq("key", "b#1"),
                                                com.mongodb.client.model.Updates.unset("hash"));

        Break first = verify().first();

        assertThat(first.key()).isEqualTo("b#1");
        assertThat(first.kinds()).contains(Kind.UNHASHED_COMMIT);
    }

    @Test
    void theCanonicalEncodingSortsKeysAndTagsNonJsonTypes() {
        Document document = new Document("b", 1L).append("a", List.of(1, 2.5, "x\"\n"))
                .append("é", new java.util.Date(1000)).append("n", null).append("t", true);

        String encoded = CanonicalJson.encode(document, java.util.Set.of());

        assertThat(encoded).isEqualTo("{\"a\":[1,{\"$double\":\"4004000000000000\"},\"x\\\"\\u000a\"],\"b\":1,"
                                      + "\"n\":null,\"t\":true,\"é\":{\"$date\":1000}}");
    }
}
