package org.yishi.command.eventstore;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.eventstore.AxonHarness.await;

class ReplayAndRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path directory;


    @ParameterizedTest
    @EnumSource(AxonHarness.ProcessorKind.class)
    void aProjectionResetAndReplayedFromTheStartEndsInExactlyTheSameState(AxonHarness.ProcessorKind kind) {
        try (TestStore store = TestStore.open(directory);
             AxonHarness axon = new AxonHarness(store, Duration.ofSeconds(60), kind)) {
            int aggregates = 20;
            int additions = 300;
            for (int a = 0; a < aggregates; a++) {
                axon.commands().sendAndWait(new Tally.OpenTally("t" + a));
            }
            for (int i = 0; i < additions; i++) {
                axon.commands().sendAndWait(new Tally.AddToTally("t" + (i % aggregates), i % 5 + 1, 1 + i % 3));
            }
            long events = axon.engine.headPosition() + 1;
            await(WAIT, () -> axon.projection.size() == events, "the projection to catch up");
            Map<String, Long> totalsBefore = new HashMap<>(axon.projection.totals);
            Map<Long, String> positionsBefore = new HashMap<>(axon.projection.eventsByPosition);

            axon.processor().shutDown();
            axon.processor().resetTokens();
            assertThat(axon.projection.size()).isZero();
            axon.processor().start();

            await(WAIT, () -> axon.projection.size() == events, "the replay to finish");
            assertThat(axon.projection.totals).isEqualTo(totalsBefore);
            assertThat(axon.projection.eventsByPosition).isEqualTo(positionsBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(AxonHarness.ProcessorKind.class)
    void afterARestartAggregatesReloadAndProcessorsResumeWithoutReprocessing(AxonHarness.ProcessorKind kind) {
        long eventsBefore;
        long totalOfT0;
        try (TestStore store = TestStore.open(directory);
             AxonHarness axon = new AxonHarness(store, Duration.ofSeconds(60), kind)) {
            for (int a = 0; a < 5; a++) {
                axon.commands().sendAndWait(new Tally.OpenTally("t" + a));
            }
            for (int i = 0; i < 50; i++) {
                axon.commands().sendAndWait(new Tally.AddToTally("t" + (i % 5), 2, 1));
            }
            eventsBefore = axon.engine.headPosition() + 1;
            await(WAIT, () -> axon.projection.size() == eventsBefore, "the projection before the restart");
            totalOfT0 = axon.projection.totals.get("t0");
        }

        try (TestStore store = TestStore.open(directory);
             AxonHarness axon = new AxonHarness(store, Duration.ofSeconds(60), kind)) {
            long totalAfterCommand = axon.commands().sendAndWait(new Tally.AddToTally("t0", 7, 1));
            assertThat(totalAfterCommand).isEqualTo(totalOfT0 + 7);

            await(WAIT, () -> axon.projection.size() == 1, "the new event after the restart");
            assertThat(axon.engine.headPosition() + 1).isEqualTo(eventsBefore + 1);
            assertThat(axon.projection.positionsByEvent.values()).containsExactly(eventsBefore);
            assertThat(axon.projection.totals).containsExactly(Map.entry("t0", totalOfT0 + 7));
            assertThat(axon.projection.handled).hasValue(1);
        }
    }
}
