package org.yishi.command.api.motion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Opens a vote. In a session ({@code sessionId} set) the moderator opens it on the running item ({@code itemId}) and
 * the roll is those checked in at that moment; {@code closesAt} is optional. Online ({@code sessionId} null) a
 * committee member opens it with a deadline and an {@code electorate} type (null: the community's residents' meeting
 * rules decide). {@code options}: the labels of a single-choice motion's options, in order (empty otherwise).
 * {@code abstainAllowed} applies to yes / no / abstain. {@code passing} applies to yes / no / abstain, {@code tieRule}
 * to single choice. {@code changeable}: a voter may change their ballot until the vote closes.
 */
public record OpenMotion(@TargetAggregateIdentifier MotionId motionId, CommunityId communityId, SessionId sessionId,
                         AgendaItemId itemId, ProposalId proposalId, String question, Method method,
                         List<String> options, boolean abstainAllowed, PassingRule passing, TieRule tieRule,
                         Secrecy secrecy, VotingUnit unit, ElectorateType electorate,
                         Set<StakeholderGroup> stakeholderGroups, boolean changeable, Instant closesAt,
                         PersonId actor, Instant at) {
}
