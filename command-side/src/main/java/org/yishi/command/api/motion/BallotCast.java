package org.yishi.command.api.motion;

import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A named ballot: who voted what. {@code replaces} is true when it changes the voter's earlier ballot (or, under the
 * first-ballot household rule, never: a later ballot of the household is refused). {@code household} is the voter's
 * household under one vote per household, null otherwise.
 */
public record BallotCast(MotionId motionId, PersonId voter, HouseholdId household, String option, String reason,
                         boolean replaces, String requestId, Instant at) {
}
