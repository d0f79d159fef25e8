package org.yishi.command.api.motion;

import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A secret ballot's outer envelope: that {@code voter} took part (for turnout and one vote each), carrying the sealed
 * inner envelope, which only the count at close opens. {@code replaces}: a changed ballot, superseding the voter's
 * earlier envelope.
 */
public record VoteRecorded(MotionId motionId, PersonId voter, HouseholdId household, SealedBallot sealed,
                           boolean replaces, String requestId, Instant at) {
}
