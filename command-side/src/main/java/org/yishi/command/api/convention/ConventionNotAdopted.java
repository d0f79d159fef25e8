package org.yishi.command.api.convention;

import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.ResultOutcome;

import java.time.Instant;

/** The vote did not pass ({@code outcome}); an adoption goes back to drafting, a repeal leaves the version in force. */
public record ConventionNotAdopted(ConventionId conventionId, MotionId motionId, VotePurpose purpose,
                                   ResultOutcome outcome, Instant at) {
}
