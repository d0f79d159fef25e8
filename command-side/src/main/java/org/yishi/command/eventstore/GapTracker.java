package org.yishi.command.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a missing position is given up.
 * <p>
 * A position is allocated before the commit that holds it is inserted, so a commit seen at a higher position proves
 * that the missing one was allocated at least that long ago. The earliest such proof is the position's
 * <em>witness</em> time; a position is given up once its witness is older than the gap timeout. When no higher commit
 * has been seen, the first time a reader noticed the gap stands in, which can only make the wait longer, never
 * shorter. Witnesses are shared by every reader of the engine.
 */
final class GapTracker {

    private final Duration gapTimeout;
    private final Duration holdBack;
    private final Clock clock;
    private final Map<Long, Instant> witnesses = new ConcurrentHashMap<>();

    GapTracker(Duration gapTimeout, Clock clock) {
        this(gapTimeout, Duration.ZERO, clock);
    }

    /**
     * {@code holdBack}: how long a reader waits at a missing position before it delivers what lies beyond it, so that
     * events reach the processors in position order unless a writer stalls longer than that (at most the gap
     * timeout).
     */
    GapTracker(Duration gapTimeout, Duration holdBack, Clock clock) {
        this.gapTimeout = gapTimeout;
        this.holdBack = holdBack.compareTo(gapTimeout) > 0 ? gapTimeout : holdBack;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Records the earliest proof for {@code position} and tells whether the position should now be given up.
     *
     * @param seenAbove commit time of a commit at a higher position seen in this read, or {@code null}
     */
    boolean shouldGiveUp(long position, Instant seenAbove, Instant now) {
        Instant proof = seenAbove == null ? now : seenAbove;
        Instant witness = witnesses.merge(position, proof, (known, offered) -> offered.isBefore(known) ? offered : known);
        return witness.plus(gapTimeout).isBefore(now);
    }

    /**
     * Records the earliest proof for {@code position}, as {@link #shouldGiveUp} does, and tells whether a reader should
     * still wait for it before delivering anything above it.
     */
    boolean holdsBack(long position, Instant seenAbove, Instant now) {
        Instant proof = seenAbove == null ? now : seenAbove;
        Instant witness = witnesses.merge(position, proof, (known, offered) -> offered.isBefore(known) ? offered : known);
        return witness.plus(holdBack).isAfter(now);
    }

    void resolved(long position) {
        witnesses.remove(position);
    }

    /** Forgets witnesses so old that every reader has long given their positions up. */
    void forgetOlderThan(Instant now) {
        Instant horizon = now.minus(gapTimeout.multipliedBy(10));
        witnesses.values().removeIf(witness -> witness.isBefore(horizon));
    }

    long waiting(Instant now) {
        Instant horizon = now.minus(gapTimeout);
        return witnesses.values().stream().filter(witness -> !witness.isBefore(horizon)).count();
    }
}
