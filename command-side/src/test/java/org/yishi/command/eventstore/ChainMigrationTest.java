package org.yishi.command.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.unset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A store written before chaining is chained by a one-time pass that can stop and continue where it was. */
class ChainMigrationTest {

    @TempDir
    Path directory;
    TestStore store;
    Map<Object, String> hashesAsWritten;

    @BeforeEach
    void writeAStoreAsBeforeChaining() {
        store = TestStore.open(directory);
        MongoCommitStorageEngine engine = store.engine(Duration.ofSeconds(60));
        for (long sequence = 0; sequence < 600; sequence++) {
            engine.appendEvents(List.of(increased("a" + sequence % 7, sequence / 7)));
        }
        hashesAsWritten = commits().stream().collect(Collectors.toMap(c -> c.get("_id"), c -> c.getString("hash")));
        store.collections().commits().updateMany(new Document(), combine(unset("hash"), unset("prev")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static DomainEventMessage<?> increased(String id, long sequence) {
        return new GenericDomainEventMessage<>("Tally", id, sequence, new Tally.TallyIncreased(id, 1, sequence + 1));
    }

    private List<Document> commits() {
        return store.collections().commits().find().into(new ArrayList<>());
    }

    @Test
    void theStoreBeforeMigrationFailsVerificationAsUnhashed() {
        ChainVerifier.Report report = new ChainVerifier(store.collections()).verify();

        assertThat(report.ok()).isFalse();
        assertThat(report.first().kinds()).contains(ChainVerifier.Kind.UNHASHED_COMMIT);
    }

    @Test
    void anInterruptedMigrationRecordsItsProgressAndARestartFinishesWithTheHashesTheWriterWouldHaveStored() {
        ChainMigration.Result firstRun = new ChainMigration(store.collections()).run(100);

        assertThat(firstRun.done()).isFalse();
        assertThat(firstRun.position()).isEqualTo(512);
        Document progress = store.collections().counters().find(eq("_id", "chain-migration")).first();
        assertThat(progress.get("position", Number.class).longValue()).isEqualTo(512);
        assertThat(store.collections().commits().countDocuments(eq("_id", 600L - 1))).isEqualTo(1);
        assertThat(store.collections().commits().find(eq("_id", 599L)).first().getString("hash")).isNull();

        ChainMigration.Result secondRun = new ChainMigration(store.collections()).run();

        assertThat(secondRun.hashed()).isEqualTo(600 - 512);
        assertThat(secondRun.done()).isTrue();
        assertThat(commits()).allSatisfy(commit -> assertThat(commit.getString("hash"))
                .isEqualTo(hashesAsWritten.get(commit.get("_id"))));
        assertThat(new ChainVerifier(store.collections()).verify().ok()).isTrue();
        assertThat(new ChainMigration(store.collections()).run().hashed()).isZero();
    }

    @Test
    void anEngineAppendsOntoAMigratedAggregate() {
        new ChainMigration(store.collections()).run();
        MongoCommitStorageEngine engine = store.engine(Duration.ofSeconds(60));

        engine.appendEvents(List.of(increased("a0", 86)));

        Document appended = store.collections().commits().find(eq("key", "a0#86")).first();
        Document before = store.collections().commits().find(eq("key", "a0#85")).first();
        assertThat(appended.getString("prev")).isEqualTo(before.getString("hash"));
        assertThat(new ChainVerifier(store.collections()).verify().ok()).isTrue();
    }

    @Test
    void appendingOntoACommitWrittenBeforeChainingIsRefusedAndItsPositionsAreVoided() {
        MongoCommitStorageEngine engine = store.engine(Duration.ofSeconds(60));
        long next = engine.headPosition() + 1;

        assertThatThrownBy(() -> engine.appendEvents(List.of(increased("a0", 86))))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("could not be chained")
                .hasRootCauseMessage("Commit 595 of a0 was written before chaining; run the chain migration first");

        assertThat(store.collections().commits().find(eq("_id", next)).first().getBoolean("void")).isTrue();
    }
}
