package org.yishi.command.api.proposal;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.util.List;

/**
 * Recorded on the merged proposal. {@code supporters} are its proposer followed by its co-signers in signing order:
 * everyone whose support moves to {@code intoProposalId}.
 */
public record ProposalMerged(ProposalId proposalId, ProposalId intoProposalId, List<PersonId> supporters,
                             PersonId mergedBy, Instant at) {
}
