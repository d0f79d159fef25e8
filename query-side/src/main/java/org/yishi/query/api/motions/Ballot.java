package org.yishi.query.api.motions;

import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.HouseholdBallot;

import java.time.Instant;
import java.util.List;

/**
 * A motion as a voter sees it on their phone. {@code rules} words the method, the passing or tie rule, the unit and
 * the household rule, secrecy and whether a ballot can be changed, one line each, in both languages; {@code
 * householdBallot} is null unless one vote per household. {@code onRoll}: the person is on the motion's roll (fixed
 * when it opened). {@code voted}: they cast a ballot; {@code householdVoted}: under one vote per household, someone of
 * their household did (themselves included). {@code myOption} and {@code myReason}: their current ballot on a named
 * motion, always null on a secret one (the view only knows that they voted). {@code mayVote}: the motion is open, they
 * are on the roll, their household's ballot is not someone else's, they hold the household's vote where the
 * representative votes, and they have not voted yet or may change their ballot; the command side has the last word.
 * {@code result} is null until the motion closes. {@code position}: the newest event this view reflects.
 */
public record Ballot(String motionId, String communityId, String sessionId, String question, Method method,
                     List<MotionOption> options, Secrecy secrecy, VotingUnit unit, HouseholdBallot householdBallot,
                     boolean changeable, Instant closesAt, List<Wording> rules, MotionStatus status, boolean onRoll,
                     boolean voted, boolean householdVoted, String myOption, String myReason, boolean mayVote,
                     MotionResult result, long position) {
}
