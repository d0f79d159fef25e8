package org.yishi.command.api.proposal;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.util.List;

/**
 * Recorded on the proposal a duplicate was merged into. {@code signers} are the duplicate's supporters who had not
 * already signed this proposal (possibly none); the event is recorded either way, so the proposal's history shows
 * what was merged into it. {@code mergedBy} and {@code at} are those of the merge.
 */
public record CoSignersCarriedOver(ProposalId proposalId, ProposalId fromProposalId, List<PersonId> signers,
                                   PersonId mergedBy, Instant at) {
}
