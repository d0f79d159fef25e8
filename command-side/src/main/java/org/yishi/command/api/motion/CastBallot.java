package org.yishi.command.api.motion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * The actor votes {@code option} (a {@link MotionOption} key). {@code reason} is required with an objection to a
 * consent motion and ignored otherwise. {@code requestId} is the client's idempotency key: a retry of the same
 * request is answered as done and counted once. Withdrawing a ballot is a change to {@code ABSTAIN}, where the motion
 * has it.
 */
public record CastBallot(@TargetAggregateIdentifier MotionId motionId, String option, String reason,
                         String requestId, PersonId actor, Instant at) {
}
