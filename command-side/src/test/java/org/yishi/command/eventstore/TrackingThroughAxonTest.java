package org.yishi.command.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.eventstore.AxonHarness.await;

class TrackingThroughAxonTest {

    @TempDir
    Path directory;

    @Test
    void tenThousandCommandsOnAThousandAggregatesFromSeveralThreadsAreStoredOnceAndProjectedCompletely()
            throws Exception {
        try (TestStore store = TestStore.open(directory);
             AxonHarness axon = new AxonHarness(store, Duration.ofSeconds(60), AxonHarness.ProcessorKind.POOLED)) {
            int aggregates = 1_000;
            int commands = 10_000;
            Map<String, Long> expectedTotals = new HashMap<>();
            long started = System.nanoTime();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<?>> opened = new ArrayList<>();
            for (int a = 0; a < aggregates; a++) {
                String id = "tally-" + a;
                expectedTotals.put(id, 0L);
                opened.add(threads.submit(() -> axon.commands().sendAndWait(new Tally.OpenTally(id))));
            }
            for (Future<?> future : opened) {
                future.get();
            }
            List<Future<?>> added = new ArrayList<>();
            int events = aggregates;
            for (int c = aggregates; c < commands; c++) {
                String id = "tally-" + ThreadLocalRandom.current().nextInt(aggregates);
                int times = 1 + c % 2;
                events += times;
                expectedTotals.merge(id, (long) times * 3, Long::sum);
                added.add(threads.submit(() -> axon.commands().sendAndWait(new Tally.AddToTally(id, 3, times))));
            }
            for (Future<?> future : added) {
                future.get();
            }
            threads.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("10,000 commands (%d events) on 1,000 aggregates from 8 threads: %.1f s, %.0f commands/s%n",
                              events, seconds, commands / seconds);

            int expectedEvents = events;
            await(Duration.ofSeconds(60), () -> axon.projection.size() == expectedEvents, "the projection");

            List<? extends TrackedEventMessage<?>> stored = axon.engine.readEvents(null, false).toList();
            List<Long> positions = stored.stream().map(e -> e.trackingToken().position().orElseThrow()).toList();
            assertThat(positions).hasSize(expectedEvents).doesNotHaveDuplicates().isSorted();
            assertThat(stored.stream().map(TrackedEventMessage::getIdentifier).distinct()).hasSize(expectedEvents);
            assertThat(axon.projection.duplicates).hasValue(0);
            assertThat(axon.projection.totals).isEqualTo(expectedTotals);
            assertThat(new ArrayList<>(axon.projection.eventsByPosition.keySet())).isEqualTo(positions);
        }
    }

    @ParameterizedTest
    @EnumSource(AxonHarness.ProcessorKind.class)
    void aWriterThatStallsBetweenAllocatingAndInsertingIsStillDelivered(AxonHarness.ProcessorKind kind)
            throws Exception {
        try (TestStore store = TestStore.open(directory);
             AxonHarness axon = new AxonHarness(store, Duration.ofSeconds(60), kind)) {
            axon.commands().sendAndWait(new Tally.OpenTally("early"));
            await(Duration.ofSeconds(10), () -> axon.projection.size() == 1, "the first event");

            StalledWriter stalled = StalledWriter.allocate(store, "stalled");
            axon.commands().sendAndWait(new Tally.OpenTally("later"));
            await(Duration.ofSeconds(10), () -> axon.projection.totals.containsKey("later"), "the later writer");
            assertThat(axon.projection.totals).doesNotContainKey("stalled");

            Thread.sleep(2_000);
            stalled.insert();

            await(Duration.ofSeconds(10), () -> axon.projection.size() == 4, "both events of the stalled writer");
            long later = stalled.position() + 2;
            assertThat(axon.projection.positionsByEvent.values())
                    .containsExactlyInAnyOrder(0L, stalled.position(), stalled.position() + 1, later);
            assertThat(axon.projection.duplicates).hasValue(0);
            // the handler sees an event before the processor's status shows the token that includes it
            await(Duration.ofSeconds(10), () -> currentGaps(axon).isEmpty(), "the token to close its gaps");
            TrackingToken token = axon.processor().processingStatus().values().iterator().next().getTrackingToken();
            assertThat(token.position()).hasValue(later);
            assertThat(((GapAwareTrackingToken) unwrap(token)).getGaps()).isEmpty();
        }
    }

    /** A pooled processor with one sequence per aggregate handles different aggregates side by side, in no order. */
    @ParameterizedTest
    @EnumSource(value = AxonHarness.ProcessorKind.class, names = {"TRACKING", "POOLED_IN_STORE_ORDER"})
    void aWriterThatStallsWithinTheHoldBackIsDeliveredBeforeTheEventsAfterIt(AxonHarness.ProcessorKind kind)
            throws Exception {
        try (TestStore store = TestStore.open(directory);
             AxonHarness axon = new AxonHarness(store, Duration.ofSeconds(60), Duration.ofSeconds(20), kind)) {
            axon.commands().sendAndWait(new Tally.OpenTally("early"));
            await(Duration.ofSeconds(10), () -> axon.projection.size() == 1, "the first event");

            StalledWriter stalled = StalledWriter.allocate(store, "stalled");
            axon.commands().sendAndWait(new Tally.OpenTally("later"));
            Thread.sleep(1_000);
            // the later commit is stored, but waits behind the stalled writer's positions
            assertThat(axon.projection.totals).doesNotContainKey("later");
            stalled.insert();

            await(Duration.ofSeconds(10), () -> axon.projection.size() == 4, "the stalled and the later events");
            assertThat(axon.projection.deliveryOrder)
                    .containsExactly(0L, stalled.position(), stalled.position() + 1, stalled.position() + 2);
            assertThat(axon.projection.duplicates).hasValue(0);
        }
    }

    @ParameterizedTest
    @EnumSource(AxonHarness.ProcessorKind.class)
    void positionsOfACrashedWriterAreGivenUpAfterTheGapTimeoutAndNeverBlockTheProcessor(
            AxonHarness.ProcessorKind kind) throws Exception {
        Duration gapTimeout = Duration.ofSeconds(2);
        try (TestStore store = TestStore.open(directory);
             AxonHarness axon = new AxonHarness(store, gapTimeout, kind)) {
            StalledWriter.allocate(store, "crashed");
            new GlobalPositions(store.collections().counters()).allocate(500);

            axon.commands().sendAndWait(new Tally.OpenTally("after-crash"));
            await(Duration.ofSeconds(10), () -> axon.projection.totals.containsKey("after-crash"),
                  "an event committed after the crashed writer's positions");
            Instant firstDelivered = Instant.now();

            Thread.sleep(gapTimeout.toMillis() + 500);
            axon.commands().sendAndWait(new Tally.AddToTally("after-crash", 1, 1));
            await(Duration.ofSeconds(10), () -> axon.projection.size() == 2, "the next event");
            await(Duration.ofSeconds(10), () -> currentGaps(axon).isEmpty(), "the token to give up its gaps");

            TrackingToken token = axon.processor().processingStatus().values().iterator().next().getTrackingToken();
            assertThat(((GapAwareTrackingToken) unwrap(token)).getGaps()).isEmpty();
            assertThat(axon.projection.totals).doesNotContainKey("crashed");
            assertThat(Duration.between(firstDelivered, Instant.now())).isLessThan(gapTimeout.multipliedBy(3));
        }
    }

    private static java.util.SortedSet<Long> currentGaps(AxonHarness axon) {
        TrackingToken token = axon.processor().processingStatus().values().iterator().next().getTrackingToken();
        return token == null ? new java.util.TreeSet<>(List.of(-1L)) : ((GapAwareTrackingToken) unwrap(token)).getGaps();
    }

    private static TrackingToken unwrap(TrackingToken token) {
        return org.axonframework.eventhandling.WrappedToken.unwrapLowerBound(token);
    }
}
