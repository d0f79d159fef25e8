package org.yishi.command.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member folds a duplicate ({@code proposalId}) into an open proposal of the same community. */
public record MergeProposal(@TargetAggregateIdentifier ProposalId proposalId, ProposalId intoProposalId,
                            PersonId actor, Instant at) {
}
