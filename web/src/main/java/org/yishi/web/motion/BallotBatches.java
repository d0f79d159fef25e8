package org.yishi.web.motion;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.yishi.command.api.motion.BallotOutcome;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CastBallots;
import org.yishi.command.api.motion.MotionId;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the ballots that arrive for one motion while its previous ballots are being stored as one {@link CastBallots}:
 * a motion decides its ballots one at a time, so without this each ballot would wait for its own store
 * acknowledgement behind all the others. Nothing waits to fill a batch: a ballot that finds the motion idle goes at
 * once, alone; the ones that arrive meanwhile go together next. Each caller is answered only after the commit that
 * holds its ballot, with its own outcome.
 * <p>
 * Meter {@code yishi.ballots.cast}: ballots answered, by outcome ({@code stored}, {@code refused} by a rule or for
 * who is asking, {@code failed} with their whole batch); a retry under the same idempotency key counts again.
 */
@Component
class BallotBatches {

    private static final int MOST_PER_BATCH = 200;

    private final CommandGateway commands;
    private final ConcurrentMap<MotionId, Pending> pending = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newCachedThreadPool(new SenderThreads());

    private final Counter stored;
    private final Counter refused;
    private final Counter failed;

    BallotBatches(CommandGateway commands, MeterRegistry meters) {
        this.commands = commands;
        this.stored = ballots(meters, "stored");
        this.refused = ballots(meters, "refused");
        this.failed = ballots(meters, "failed");
    }

    private static Counter ballots(MeterRegistry meters, String outcome) {
        return Counter.builder("yishi.ballots.cast").tag("outcome", outcome)
                      .description("Ballots answered, by outcome").register(meters);
    }

    /** Casts the ballot and returns once it is stored; throws its refusal, or what failed the whole batch. */
    void cast(CastBallot ballot) {
        Waiting waiting = new Waiting(ballot, new CompletableFuture<>());
        Pending motion = pending.computeIfAbsent(ballot.motionId(), id -> new Pending());
        motion.queue.add(waiting);
        if (motion.sending.compareAndSet(false, true)) {
            senders.execute(() -> send(ballot.motionId(), motion));
        }
        BallotOutcome outcome;
        try {
            outcome = waiting.outcome.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        if (outcome.refused()) {
            throw outcome.refusal();
        }
    }

    private void send(MotionId motionId, Pending motion) {
        while (true) {
            List<Waiting> batch = motion.take();
            while (!batch.isEmpty()) {
                sendBatch(motionId, batch);
                batch = motion.take();
            }
            motion.sending.set(false);
            // a ballot queued after the last take found the flag still set and left it to us
            if (motion.queue.isEmpty() || !motion.sending.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void sendBatch(MotionId motionId, List<Waiting> batch) {
        try {
            List<BallotOutcome> outcomes = commands.sendAndWait(
                    new CastBallots(motionId, batch.stream().map(Waiting::ballot).toList()));
            for (int i = 0; i < batch.size(); i++) {
                BallotOutcome outcome = outcomes.get(i);
                (outcome.refused() ? refused : stored).increment();
                batch.get(i).outcome.complete(outcome);
            }
        } catch (RuntimeException problem) {
            failed.increment(batch.size());
            batch.forEach(waiting -> waiting.outcome.completeExceptionally(problem));
        }
    }

    private record Waiting(CastBallot ballot, CompletableFuture<BallotOutcome> outcome) {
    }

    private static final class Pending {

        final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean sending = new AtomicBoolean();

        List<Waiting> take() {
            List<Waiting> batch = new ArrayList<>();
            Waiting next;
            while (batch.size() < MOST_PER_BATCH && (next = queue.poll()) != null) {
                batch.add(next);
            }
            return batch;
        }
    }

    private static final class SenderThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "ballot-batches-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
