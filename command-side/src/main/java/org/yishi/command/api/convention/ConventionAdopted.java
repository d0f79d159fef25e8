package org.yishi.command.api.convention;

import org.yishi.command.api.motion.MotionId;

import java.time.Instant;

/** The vote passed: the draft (or the repeal) of {@code version} is adopted and awaits review. */
public record ConventionAdopted(ConventionId conventionId, MotionId motionId, VotePurpose purpose, int version,
                                Instant at) {
}
