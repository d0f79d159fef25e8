package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;

/**
 * A committee member (online, {@code sessionId} null, with {@code closesAt}) or the moderator (in a residents'
 * meeting, on its running item {@code itemId}) puts the draft's adoption, or the repeal of the version in force, to a
 * vote under the residents' meeting rules. {@code motionId} is {@link ConventionId#motion(int)} of the next attempt.
 */
public record PutConventionToVote(@TargetAggregateIdentifier ConventionId conventionId, MotionId motionId,
                                  VotePurpose purpose, SessionId sessionId, AgendaItemId itemId, Instant closesAt,
                                  Secrecy secrecy, PersonId actor, Instant at) {
}
