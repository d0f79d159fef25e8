package org.yishi.query.api.meetingboard;

import org.yishi.query.api.motions.MotionResult;
import org.yishi.query.api.motions.Wording;

import java.time.Instant;
import java.util.List;

/**
 * The motion running in the session, or the last one until the next opens. {@code method}, {@code secrecy},
 * {@code unit}, {@code householdBallot} and {@code status} (OPEN or CLOSED) are the names of the command side's
 * enums; {@code rules} words them, and the passing and tie rules, in both languages for the screen. {@code eligible}:
 * units on the roll; {@code turnout}: units that took part (a changed ballot does not count again). While the vote
 * is open there are no counts at all, named or secret: {@code result} is null until it closes, then holds the tally,
 * the outcome, the chosen option, the computation and the rule set applied.
 */
public record Vote(String motionId, String itemId, String question, List<VoteOption> options, String method,
                   String secrecy, String unit, String householdBallot, boolean changeable, Instant openedAt,
                   Instant closesAt, List<Wording> rules, int eligible, int turnout, String status,
                   MotionResult result) {

    /** One answer a ballot can give: its key (the command side's {@code MotionOption} key) and its labels. */
    public record VoteOption(String key, String chinese, String english) {
    }
}
