package org.yishi.command.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.ProposalId;

import java.time.Instant;
import java.util.List;

/**
 * Tells the proposal a duplicate was merged into to take over the duplicate's supporters. Package-private on
 * purpose: it carries names of people who signed, so only {@link ProposalMergeSaga}, acting on a recorded merge, may
 * send it; no controller can.
 */
record AbsorbCoSigners(@TargetAggregateIdentifier ProposalId proposalId, ProposalId fromProposalId,
                       List<PersonId> supporters, PersonId mergedBy, Instant at) {
}
