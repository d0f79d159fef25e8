package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;

/**
 * Records a decision from where it came: a passed motion ({@code motionId}), or a session item closed with a
 * recommendation ({@code sessionId} and {@code itemId}); {@code proposalId} when the item took up a proposal. Sent by
 * the command side's own policy when such an event is stored ({@code actor} is then the person who closed the vote
 * or the item), with an id derived from its source, so that a replay records nothing twice. Internal: no controller
 * sends it.
 */
public record RecordDecision(@TargetAggregateIdentifier DecisionId decisionId, CommunityId communityId,
                             DecisionSource source, String title, String text, ProposalId proposalId,
                             SessionId sessionId, AgendaItemId itemId, MotionId motionId, PersonId actor,
                             Instant at) {
}
