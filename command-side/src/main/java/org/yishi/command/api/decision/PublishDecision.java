package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member publishes an approved decision, to the community or to everyone. */
public record PublishDecision(@TargetAggregateIdentifier DecisionId decisionId, Visibility visibility, PersonId actor, Instant at) {
}
