package org.yishi.query.api.motions;

import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.VotingUnit;

import java.util.List;

/**
 * A motion's count as the query side makes it from the raw events: the latest ballot of each unit on the roll (named),
 * or the unsealed contents (secret). {@code tookPart}: units that voted so far. While the motion is open {@code
 * counted} and {@code result} are null: no counts are shown before the close. Once closed, {@code counted} is this
 * recount and {@code result} what the motion recorded when it closed; {@code agrees} says whether the recount's
 * counts, ballots and objections match the recorded tally (null while open), so that a tampered or miscounted
 * record shows.
 */
public record MotionTally(String motionId, String communityId, String sessionId, String itemId, String proposalId,
                          String question, Method method, List<MotionOption> options, Secrecy secrecy,
                          VotingUnit unit, MotionStatus status, int eligible, int tookPart, Tally counted,
                          MotionResult result, Boolean agrees, long position) {
}
