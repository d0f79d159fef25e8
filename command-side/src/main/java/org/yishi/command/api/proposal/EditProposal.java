package org.yishi.command.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The proposer replaces the text of their proposal before it is screened; {@code location} may be null. */
public record EditProposal(@TargetAggregateIdentifier ProposalId proposalId, String title, String description,
                           Category category, String location, PersonId actor, Instant at) {
}
