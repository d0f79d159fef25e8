package org.yishi.command.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalId;

import java.time.Instant;

/**
 * Submits the proposal an escalated need became. Package-private so that only {@link NeedEscalation}, acting on a
 * recorded escalation, sends it; no controller can.
 */
record RaiseProposalFromNeed(@TargetAggregateIdentifier ProposalId proposalId, CommunityId communityId,
                             NeedId needId, String title, String description, Category category,
                             PersonId escalatedBy, Instant at) {
}
