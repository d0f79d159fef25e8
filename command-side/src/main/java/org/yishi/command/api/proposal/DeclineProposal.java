package org.yishi.command.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member declines a proposal with a written reason, which the proposer will read. */
public record DeclineProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason, PersonId actor,
                              Instant at) {
}
