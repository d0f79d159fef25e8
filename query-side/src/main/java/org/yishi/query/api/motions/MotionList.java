package org.yishi.query.api.motions;

import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VotingUnit;

import java.time.Instant;
import java.util.List;

/** The answer to {@link FindMotions}; {@code position} is the newest event it reflects (-1 if none). */
public record MotionList(List<Entry> motions, long position) {

    /**
     * One motion: {@code sessionId} and {@code itemId} are null for a standalone online vote; {@code turnout} counts
     * the units that took part out of {@code eligible}; {@code outcome}, {@code chosen} and {@code closedAt} are null
     * while it is open.
     */
    public record Entry(String motionId, String communityId, String sessionId, String itemId, String proposalId,
                        String question, Method method, Secrecy secrecy, VotingUnit unit, MotionStatus status,
                        Instant openedAt, Instant closesAt, int eligible, int turnout, ResultOutcome outcome,
                        String chosen, Instant closedAt, long position) {
    }
}
