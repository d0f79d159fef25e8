package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;

/**
 * The adoption of the draft of {@code version}, or the repeal of version {@code version} in force, was put to the vote
 * {@code motionId}.
 */
public record ConventionPutToVote(ConventionId conventionId, MotionId motionId, VotePurpose purpose, int version,
                                  SessionId sessionId, AgendaItemId itemId, Instant closesAt, Secrecy secrecy,
                                  PersonId by, Instant at) {
}
