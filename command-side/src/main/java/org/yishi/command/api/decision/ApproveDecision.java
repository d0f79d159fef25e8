package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The party secretary approves the decision under review; {@code comment} is optional. */
public record ApproveDecision(@TargetAggregateIdentifier DecisionId decisionId, String comment, PersonId actor, Instant at) {
}
