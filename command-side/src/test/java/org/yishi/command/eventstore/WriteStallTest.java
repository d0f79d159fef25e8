package org.yishi.command.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.eventstore.AxonHarness.await;

/**
 * Fault test 2, short version: writers stall 0.1 to 5 s between taking their positions and inserting, on random
 * commits, while a processor runs; no event is skipped or delivered twice, and a stall shorter than the hold-back
 * does not even change the order in which a processor in store order sees events.
 */
class WriteStallTest {

    private static final Duration HOLD_BACK = Duration.ofSeconds(2);
    private static final int AGGREGATES = 100;
    private static final int COMMANDS = 1_200;
    /** About one commit in this many stalls. */
    private static final int STALL_ONE_IN = 90;

    @TempDir
    Path directory;

    /** Stalls random commits after the first ones, for 100 ms to 5 s; the first two stalls are 5 s and 100 ms. */
    static final class RandomStalls implements WriteStall {

        final Map<Long, Long> stalledMillisByPosition = new ConcurrentHashMap<>();
        private final AtomicLong commits = new AtomicLong();
        private final Random random = new Random(8);
        private final long firstStalled;

        RandomStalls(long firstStalled) {
            this.firstStalled = firstStalled;
        }

        @Override
        public void afterAllocation(long firstPosition, int count) throws InterruptedException {
            long commit = commits.incrementAndGet();
            if (commit < firstStalled) {
                return;
            }
            long millis;
            synchronized (random) {
                if (random.nextInt(STALL_ONE_IN) != 0 && stalledMillisByPosition.size() >= 2) {
                    return;
                }
                millis = switch (stalledMillisByPosition.size()) {
                    case 0 -> 5_000;
                    case 1 -> 100;
                    default -> 100 + random.nextInt(4_901);
                };
            }
            stalledMillisByPosition.put(firstPosition, millis);
            Thread.sleep(millis);
        }
    }

    @ParameterizedTest
    @EnumSource(AxonHarness.ProcessorKind.class)
    void stallsOfATenthOfASecondToFiveSecondsOnRandomCommitsLoseNoEventAndDuplicateNone(
            AxonHarness.ProcessorKind kind) throws Exception {
        // given a processor running over a store whose writers stall on random commits
        RandomStalls stalls = new RandomStalls(AGGREGATES + 1);
        try (TestStore store = TestStore.open(directory);
             AxonHarness axon = new AxonHarness(store, Duration.ofSeconds(60), HOLD_BACK, kind, stalls)) {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            Map<String, Long> expectedTotals = new HashMap<>();
            List<Future<?>> opened = new ArrayList<>();
            for (int a = 0; a < AGGREGATES; a++) {
                String id = "tally-" + a;
                expectedTotals.put(id, 0L);
                opened.add(threads.submit(() -> axon.commands().sendAndWait(new Tally.OpenTally(id))));
            }
            for (Future<?> future : opened) {
                future.get();
            }

            // when commands come from eight threads meanwhile
            Random which = new Random(3);
            List<Future<?>> added = new ArrayList<>();
            int events = AGGREGATES;
            for (int c = 0; c < COMMANDS; c++) {
                String id = "tally-" + which.nextInt(AGGREGATES);
                int times = 1 + c % 2;
                events += times;
                expectedTotals.merge(id, (long) times * 3, Long::sum);
                added.add(threads.submit(() -> axon.commands().sendAndWait(new Tally.AddToTally(id, 3, times))));
            }
            for (Future<?> future : added) {
                future.get();
            }
            threads.shutdown();

            // then every stored event reached the projection exactly once
            int expectedEvents = events;
            await(Duration.ofSeconds(60), () -> axon.projection.size() == expectedEvents, "the projection");
            List<Long> positions = axon.engine.readEvents(null, false)
                                              .map(e -> ((TrackedEventMessage<?>) e).trackingToken().position()
                                                                                    .orElseThrow())
                                              .toList();
            assertThat(positions).hasSize(expectedEvents).doesNotHaveDuplicates();
            assertThat(axon.projection.duplicates).hasValue(0);
            assertThat(axon.projection.totals).isEqualTo(expectedTotals);
            assertThat(new ArrayList<>(axon.projection.eventsByPosition.keySet())).isEqualTo(positions);

            // and the stalls did happen, longer and shorter than the hold-back, and each stalled commit arrived
            Map<Long, Long> stalled = stalls.stalledMillisByPosition;
            System.out.printf("%s: %d commands, %d events, %d commits stalled (%d beyond the %d s hold-back)%n",
                              kind, COMMANDS + AGGREGATES, expectedEvents, stalled.size(),
                              stalled.values().stream().filter(ms -> ms > HOLD_BACK.toMillis()).count(),
                              HOLD_BACK.toSeconds());
            assertThat(stalled).hasSizeGreaterThanOrEqualTo(10);
            assertThat(stalled.values()).anyMatch(ms -> ms >= 4_000).anyMatch(ms -> ms <= 1_000);
            assertThat(axon.projection.eventsByPosition.keySet()).containsAll(stalled.keySet());

            // in store order, a commit stalled well within the hold-back was seen before every later position
            if (kind != AxonHarness.ProcessorKind.POOLED) {
                List<Long> order = axon.projection.deliveryOrder;
                for (var stall : stalled.entrySet()) {
                    if (stall.getValue() <= HOLD_BACK.toMillis() * 3 / 4) {
                        int seen = order.indexOf(stall.getKey());
                        assertThat(order.subList(0, seen)).as("delivered before %d, stalled %d ms", stall.getKey(),
                                                              stall.getValue())
                                                          .allMatch(position -> position < stall.getKey());
                    }
                }
            }
        }
    }
}
