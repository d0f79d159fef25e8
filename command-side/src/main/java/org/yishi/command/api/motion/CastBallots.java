package org.yishi.command.api.motion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Ballots for one motion that arrived together, decided one after another in the order given, as if each were sent
 * on its own, and stored as one commit: a vote of thousands waits for one store acknowledgement per batch instead
 * of one per ballot. Answered with one {@link BallotOutcome} per ballot, in the same order; a refusal of one ballot
 * does not touch the others. Every ballot must be for {@code motionId}.
 */
public record CastBallots(@TargetAggregateIdentifier MotionId motionId, List<CastBallot> ballots) {
}
