package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The responsible member or a committee member reports the action done. */
public record CompleteAction(@TargetAggregateIdentifier DecisionId decisionId, ActionId actionId, String note, PersonId actor, Instant at) {
}
