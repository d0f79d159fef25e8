package org.yishi.web.store;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ProcessorsHealthIndicatorTest {

    private final StreamingEventProcessor board = mock(StreamingEventProcessor.class);
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final ProcessorLag lag = mock(ProcessorLag.class);
    private final ProcessorsHealthIndicator health = new ProcessorsHealthIndicator(
            processing, lag, new HealthProperties(Duration.ofSeconds(30), null));

    private Health withBoardBehind(Duration behind, long positions) {
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("meeting-board", board));
        when(board.isRunning()).thenReturn(true);
        when(lag.secondsBehind(board)).thenReturn(behind);
        when(lag.positionsBehind(board)).thenReturn(positions);
        return health.health();
    }

    @Test
    void aRunningProcessorWithinTheLimitIsUpAndSaysHowFarBehindItIs() {
        // given / when the board is 12 positions, 4.5 seconds behind, under a 30 s limit
        Health result = withBoardBehind(Duration.ofMillis(4_500), 12);

        // then
        assertThat(result.getStatus()).isEqualTo(Status.UP);
        assertThat(result.getDetails().get("meeting-board").toString())
                .contains("lagPositions=12").contains("lagSeconds=4.5").doesNotContain("problem");
    }

    @Test
    void aProcessorFurtherBehindThanTheLimitMakesTheNodeNotReadyWithTheReasonInBothLanguages() {
        // given / when the board's oldest unhandled event is 31 s old
        Health result = withBoardBehind(Duration.ofSeconds(31), 5_000);

        // then
        assertThat(result.getStatus()).isEqualTo(Status.DOWN);
        assertThat(result.getDetails().get("meeting-board").toString())
                .contains("落后超过 30 秒").contains("more than 30 s behind");
    }

    @Test
    void aStoppedProcessorIsDownEvenWhenCaughtUp() {
        // given a board that is caught up
        withBoardBehind(Duration.ZERO, 0);

        // when it stops
        when(board.isRunning()).thenReturn(false);

        // then
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aProcessorBeingRebuiltIsExpectedToBeBehindAndKeepsTheNodeReady() {
        // given the board's tokens were reset to rebuild it
        when(lag.replaying(board)).thenReturn(true);

        // when its oldest unhandled event is an hour old
        Health result = withBoardBehind(Duration.ofHours(1), 90_000);

        // then
        assertThat(result.getStatus()).isEqualTo(Status.UP);
        assertThat(result.getDetails().get("meeting-board").toString()).contains("replaying=true")
                                                                       .contains("lagSeconds=3600.0");
    }
}
