package org.yishi.query.api.proposals;

import org.yishi.command.api.proposal.Category;

/** Asks for a community's proposals; a null {@code status} or {@code category} means any. */
public record FindProposals(String communityId, ProposalStatus status, Category category, ProposalOrder order) {
}
