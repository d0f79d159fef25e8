package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.ResultOutcome;

import java.time.Instant;

/** Internal: the command side's policy reports how the convention's vote ended. */
public record RecordConventionVote(@TargetAggregateIdentifier ConventionId conventionId, MotionId motionId,
                                   ResultOutcome outcome, Instant at) {
}
