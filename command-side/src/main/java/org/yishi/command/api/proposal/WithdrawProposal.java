package org.yishi.command.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The proposer takes their proposal back before it is screened; {@code reason} may be null. */
public record WithdrawProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason, PersonId actor,
                               Instant at) {
}
