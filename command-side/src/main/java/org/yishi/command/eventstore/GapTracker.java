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
    private final Clock clock;
    private final Map<Long, Instant> witnesses = new ConcurrentHashMap<>();

    GapTracker(Duration gapTimeout, Clock clock) {
        this.gapTimeout = gapTimeout;
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
