package org.yishi.command.api.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A committee member accepts a proposal. {@code plannedDate} is for a deliberation day only and may be null;
 * {@code note} may be null.
 */
public record AcceptProposal(@TargetAggregateIdentifier ProposalId proposalId, Destination destination,
                             LocalDate plannedDate, String note, PersonId actor, Instant at) {
}
