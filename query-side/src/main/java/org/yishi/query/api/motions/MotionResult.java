package org.yishi.query.api.motions;

import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.session.RuleSet;

import java.time.Instant;

/**
 * How a motion ended, as its {@code MotionClosed} event recorded it: the outcome, the chosen option key (null when
 * nothing was chosen), the tally, the computation, and the rule set applied (its kind and version). {@code
 * explanation} words the computation ("赞成 12 票，出席人数 20，需超过二分之一：通过 / 12 yes out of 20 (those
 * present), more than half needed: passed"). {@code how} says what closed it; {@code position} is the global position
 * of the close.
 */
public record MotionResult(ResultOutcome outcome, String chosen, Tally tally, Computation computation,
                           Wording explanation, RuleSet ruleSet, ClosedBy how, Instant closedAt, long position) {
}
