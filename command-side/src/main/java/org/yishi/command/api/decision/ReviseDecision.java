package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member revises the decision's wording, before review or after it was returned; {@code reason} says why (required after a return). The tally and the source never change. */
public record ReviseDecision(@TargetAggregateIdentifier DecisionId decisionId, String title, String text, String reason, PersonId actor, Instant at) {
}
