package org.yishi.command.api.proposal;

import org.yishi.command.api.need.NeedId;

/** Follows the {@link ProposalSubmitted} of a proposal that an escalated need became: the link back to the need. */
public record ProposalRaisedFromNeed(ProposalId proposalId, NeedId needId) {
}
