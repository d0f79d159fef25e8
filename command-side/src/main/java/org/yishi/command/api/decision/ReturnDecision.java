package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The party secretary returns the decision to the committee with written comments (required). */
public record ReturnDecision(@TargetAggregateIdentifier DecisionId decisionId, String comments, PersonId actor, Instant at) {
}
