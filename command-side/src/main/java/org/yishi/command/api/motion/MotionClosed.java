package org.yishi.command.api.motion;

import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.RuleSet;

import java.time.Instant;

/**
 * The vote is over. {@code chosen}: the winning option key (YES for a passed yes / no motion, CONSENT for a passed
 * consent motion, the option of a single-choice motion; null when nothing was chosen). {@code ruleSet}: the rules
 * applied, as recorded at opening. {@code closedBy} is null when the deadline closed it.
 */
public record MotionClosed(MotionId motionId, ResultOutcome outcome, String chosen, Tally tally,
                           Computation computation, RuleSet ruleSet, ClosedBy how, PersonId closedBy, Instant at) {
}
