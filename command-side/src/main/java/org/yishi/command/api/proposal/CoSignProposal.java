package org.yishi.command.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A neighbour adds their name to a proposal (联名). */
public record CoSignProposal(@TargetAggregateIdentifier ProposalId proposalId, PersonId actor, Instant at) {
}
