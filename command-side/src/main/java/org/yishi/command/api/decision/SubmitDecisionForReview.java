package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member sends the draft (or the revision) to the party secretary; each submission opens a new review round. */
public record SubmitDecisionForReview(@TargetAggregateIdentifier DecisionId decisionId, String note, PersonId actor, Instant at) {
}
