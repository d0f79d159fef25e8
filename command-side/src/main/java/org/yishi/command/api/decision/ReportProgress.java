package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The responsible member or a committee member reports progress on an open action. */
public record ReportProgress(@TargetAggregateIdentifier DecisionId decisionId, ActionId actionId, String report, PersonId actor, Instant at) {
}
