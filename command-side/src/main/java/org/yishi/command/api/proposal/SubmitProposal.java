package org.yishi.command.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A verified resident raises a problem for the committee to screen; {@code location} may be null. */
public record SubmitProposal(@TargetAggregateIdentifier ProposalId proposalId, CommunityId communityId, String title,
                             String description, Category category, String location, PersonId actor, Instant at) {
}
