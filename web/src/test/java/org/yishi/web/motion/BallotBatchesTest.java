package org.yishi.web.motion;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotOutcome;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CastBallots;
import org.yishi.command.api.motion.MotionId;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ballots that arrive while a motion is storing others go together, and each caller hears only its own outcome. */
class BallotBatchesTest {

    private static final MotionId MOTION = new MotionId("m-1");
    private static final int VOTERS = 40;

    private final ConcurrentLinkedQueue<Integer> batchSizes = new ConcurrentLinkedQueue<>();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final BallotBatches batches = new BallotBatches(DefaultCommandGateway.builder().commandBus(bus).build(), new SimpleMeterRegistry());

    BallotBatchesTest() {
        // stands in for the motion: slow to store, refuses the ballots of voter-13
        bus.subscribe(CastBallots.class.getName(), (CommandMessage<?> message) -> {
            CastBallots command = (CastBallots) message.getPayload();
            batchSizes.add(command.ballots().size());
            Thread.sleep(20);
            return command.ballots().stream().map(ballot -> ballot.actor().value().equals("voter-13")
                    ? BallotOutcome.refusedFor(new Rejection("不能投票", "May not vote"))
                    : BallotOutcome.STORED).toList();
        });
    }

    @Test
    void ballotsArrivingTogetherShareACommitAndEachVoterHearsTheirOwnOutcome() throws Exception {
        ExecutorService voters = Executors.newFixedThreadPool(VOTERS);
        CountDownLatch ready = new CountDownLatch(VOTERS);
        try {
            List<CompletableFuture<String>> answers = IntStream.range(0, VOTERS).mapToObj(
                    i -> CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    ready.await();
                    batches.cast(ballot("voter-" + i));
                    return "stored";
                } catch (Rejection refused) {
                    return refused.english();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, voters)).toList();

            List<String> outcomes = answers.stream().map(CompletableFuture::join).toList();

            assertThat(outcomes.get(13)).isEqualTo("May not vote");
            assertThat(outcomes).filteredOn("stored"::equals).hasSize(VOTERS - 1);
            assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(VOTERS);
            assertThat(batchSizes).hasSizeLessThan(VOTERS).anySatisfy(size -> assertThat(size).isGreaterThan(1));
        } finally {
            voters.shutdown();
            voters.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBatchThatFailsFailsEveryBallotInIt() {
        SimpleCommandBus failing = SimpleCommandBus.builder().build();
        failing.subscribe(CastBallots.class.getName(), message -> {
            throw new IllegalStateException("store unreachable");
        });
        BallotBatches broken = new BallotBatches(DefaultCommandGateway.builder().commandBus(failing).build(),
                                                  new SimpleMeterRegistry());

        assertThatThrownBy(() -> broken.cast(ballot("voter-1"))).hasMessageContaining("store unreachable");
    }

    private static CastBallot ballot(String voter) {
        return new CastBallot(MOTION, "YES", null, voter + "-key", new PersonId(voter),
                              Instant.parse("2026-06-06T01:00:00Z"));
    }
}
