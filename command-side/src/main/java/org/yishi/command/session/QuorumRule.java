package org.yishi.command.session;

import org.yishi.command.api.session.QuorumLost;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;
import java.util.Optional;

/**
 * A session holds its quorum while at least {@code required} count as present; a session needing no quorum
 * ({@code required} 0) never reaches or loses one. The record notes each crossing, not each count.
 */
record QuorumRule(int required) {

    boolean met(int present) {
        return required > 0 && present >= required;
    }

    /** The event to record when the count moves to {@code present} from a state where the quorum was {@code held}. */
    Optional<Object> crossing(SessionId session, boolean held, int present, Instant at) {
        if (!held && met(present)) {
            return Optional.of(new QuorumReached(session, present, required, at));
        }
        if (held && !met(present)) {
            return Optional.of(new QuorumLost(session, present, required, at));
        }
        return Optional.empty();
    }
}
