package org.yishi.command.api.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalId;

import java.time.Instant;

/**
 * Staff take an open need to deliberation as a proposal under {@code proposalId}. The proposal's title and text are
 * written for the public here and never copied from the need, whose description may name a vulnerable person.
 */
public record EscalateNeed(@TargetAggregateIdentifier NeedId needId, ProposalId proposalId, String title,
                           String description, Category category, PersonId actor, Instant at) {
}
