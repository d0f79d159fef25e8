package org.yishi.command.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/** Checkpoints: a chained Merkle root over every aggregate's newest commit, and inclusion proofs against it. */
class InclusionProofTest {

    @TempDir
    Path directory;
    TestStore store;
    MongoCommitStorageEngine engine;
    Checkpoints checkpoints;

    @BeforeEach
    void open() {
        store = TestStore.open(directory);
        engine = store.engine(Duration.ofSeconds(60));
        checkpoints = new Checkpoints(store.collections());
        for (long sequence = 0; sequence < 5; sequence++) {
            for (String id : List.of("decision", "proposal", "session", "motion", "other")) {
                engine.appendEvents(List.of(increased(id, sequence)));
            }
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static DomainEventMessage<?> increased(String id, long sequence) {
        return new GenericDomainEventMessage<>("Tally", id, sequence, new Tally.TallyIncreased(id, 1, sequence + 1));
    }

    @Test
    void aCheckpointCoversEveryAggregatesNewestCommitAndChainsToThePreviousOne() {
        Checkpoints.Checkpoint first = checkpoints.record("periodic");
        engine.appendEvents(List.of(increased("decision", 5)));

        Checkpoints.Checkpoint second = checkpoints.record("DecisionPublished decision");

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.position()).isEqualTo(24);
        assertThat(first.prev()).isNull();
        assertThat(first.leaves()).extracting(Checkpoints.Leaf::aggregateId)
                                  .containsExactly("decision", "motion", "other", "proposal", "session");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.position()).isEqualTo(25);
        assertThat(second.prev()).isEqualTo(first.hash());
        assertThat(second.leafOf("decision").orElseThrow().position()).isEqualTo(25);
        assertThat(second.root()).isNotEqualTo(first.root());
        assertThat(checkpoints.record("periodic").number()).as("nothing new, no new checkpoint").isEqualTo(2);
        assertThat(new ChainVerifier(store.collections()).verify().ok()).isTrue();
    }

    @Test
    void theInclusionProofOfAnAgreementsAggregatesVerifiesAgainstTheRoot() {
        Checkpoints.Checkpoint checkpoint = checkpoints.record("periodic");

        Checkpoints.Proof proof = checkpoints.prove(List.of("decision", "proposal", "session", "motion"), 1)
                                             .orElseThrow();

        assertThat(proof.verified()).as(proof.problems().toString()).isTrue();
        assertThat(proof.aggregates()).allSatisfy(inclusion -> {
            assertThat(inclusion.verified()).isTrue();
            assertThat(inclusion.commits()).isEqualTo(5);
            assertThat(Merkle.rootOf(java.util.HexFormat.of().parseHex(inclusion.leaf()), inclusion.path()))
                    .isEqualTo(checkpoint.root());
        });
    }

    @Test
    void theInclusionProofFailsOnceAnEventOfTheAgreementWasChanged() {
        checkpoints.record("periodic");
        store.collections().commits().updateOne(eq("key", "proposal#1"), set("events.0.payload.amount", 9));

        Checkpoints.Proof proof = checkpoints.prove(List.of("decision", "proposal"), 1).orElseThrow();

        assertThat(proof.verified()).isFalse();
        assertThat(proof.aggregates().get(0).verified()).isTrue();
        assertThat(proof.aggregates().get(1).verified()).isFalse();
        assertThat(proof.aggregates().get(1).problem()).contains("proposal#1").contains("was changed");
    }

    @Test
    void theInclusionProofFailsWhenTheChainWasRewrittenConsistently() {
        checkpoints.record("periodic");
        Document head = store.collections().commits().find(eq("key", "motion#4")).first();
        head.getList("events", Document.class).get(0).get("payload", Document.class).put("amount", 9);
        head.put("hash", ChainHeads.hashOf(head));
        store.collections().commits().deleteOne(eq("_id", head.get("_id")));
        store.collections().commits().insertOne(head);

        Checkpoints.Proof proof = checkpoints.prove(List.of("motion"), 1).orElseThrow();

        assertThat(proof.verified()).isFalse();
        assertThat(proof.problems().get(0)).contains("the checkpoint names position");
        assertThat(new ChainVerifier(store.collections()).verify().first().kinds())
                .contains(ChainVerifier.Kind.CHECKPOINT_MISMATCH);
    }

    @Test
    void aDeletedNewestCommitIsNamedByTheCheckpointThatIncludedIt() {
        checkpoints.record("periodic");
        store.collections().commits().deleteOne(eq("key", "other#4"));

        ChainVerifier.Report report = new ChainVerifier(store.collections()).verify();

        assertThat(report.first().position()).isEqualTo(24);
        assertThat(report.first().kinds()).contains(ChainVerifier.Kind.MISSING_COMMIT);
        assertThat(report.first().details()).anyMatch(detail -> detail.contains("checkpoint #1 names the commit of other"));
    }

    @Test
    void aChangedCheckpointIsNamed() {
        checkpoints.record("periodic");
        engine.appendEvents(List.of(increased("decision", 5)));
        checkpoints.record("periodic");
        store.collections().checkpoints().updateOne(eq("_id", 1L), set("root", "00"));

        ChainVerifier.Report report = new ChainVerifier(store.collections()).verify();

        assertThat(report.first().key()).isEqualTo("checkpoint #1");
        assertThat(report.first().kinds()).containsExactly(ChainVerifier.Kind.CHECKPOINT_MISMATCH);
    }
}
