package org.yishi.command.api.decision;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;

/** A draft decision, linked to its proposal, session, item and motion (each null where it has none). */
public record DecisionRecorded(DecisionId decisionId, CommunityId communityId, DecisionSource source, String title,
                               String text, ProposalId proposalId, SessionId sessionId, AgendaItemId itemId,
                               MotionId motionId, PersonId recordedBy, Instant at) {
}
