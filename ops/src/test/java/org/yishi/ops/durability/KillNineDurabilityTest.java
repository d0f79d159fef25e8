package org.yishi.ops.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class KillNineDurabilityTest {

    private static final int ROUNDS = 5;
    private static final int WRITERS = 4;

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedCommitSurvivesKillNine() throws Exception {
        long seed = Long.getLong("killnine.seed", System.nanoTime());
        System.out.println("KillNineDurabilityTest seed " + seed + " (repeat with -Dkillnine.seed=" + seed + ")");
        Random random = new Random(seed);
        Path store = directory.resolve("store");
        List<Ack> acknowledged = new ArrayList<>();

        for (int round = 1; round <= ROUNDS; round++) {
            Duration appendFor = Duration.ofMillis(400 + random.nextInt(1101));
            KillNineRound.Outcome outcome = KillNineRound.run(store, directory.resolve("writers.log"), "r" + round,
                                                              false, WRITERS, appendFor);
            System.out.printf("round %s: killed after %d ms, %d commits acknowledged%n", outcome.label(),
                              outcome.appending().toMillis(), outcome.acks().size());

            assertThat(outcome.exitCode()).as("exit code of round %d; SIGKILL gives %d", round,
                                              KillNineRound.SIGKILL_EXIT_CODE)
                                           .isEqualTo(KillNineRound.SIGKILL_EXIT_CODE);
            assertThat(outcome.problems()).as("what the writers reported besides acks in round %d", round).isEmpty();
            assertThat(outcome.acks()).as("acknowledged commits in round %d", round)
                                      .hasSizeGreaterThanOrEqualTo(KillNineRound.MINIMUM_ACKS);
            acknowledged.addAll(outcome.acks());
        }

        long auditStarted = System.nanoTime();
        StoreAudit.Findings findings = StoreAudit.audit(store, acknowledged);
        System.out.printf("audit in %d ms: %d acknowledged commits, %d stored events, %d in the global stream%n",
                          (System.nanoTime() - auditStarted) / 1_000_000, acknowledged.size(),
                          findings.storedEvents(), findings.trackedEvents());

        assertThat(findings.lost()).as("acknowledged commits not read back by their aggregate").isEmpty();
        assertThat(findings.duplicateEventIds()).as("event identifiers stored more than once").isEmpty();
        assertThat(findings.acknowledgedButNotTracked()).as("acknowledged commits missing from the global stream")
                                                        .isEmpty();
        assertThat(findings.positionsOutOfOrder()).as("global positions that do not increase").isEmpty();
        assertThat(findings.trackedEvents()).as("events in the global stream against events stored")
                                            .isEqualTo(findings.storedEvents());
    }
}
