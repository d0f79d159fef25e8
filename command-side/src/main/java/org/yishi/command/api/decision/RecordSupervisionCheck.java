package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member records a supervision check (a patrol, a visit) of an action, with what was found. */
public record RecordSupervisionCheck(@TargetAggregateIdentifier DecisionId decisionId, ActionId actionId, boolean satisfactory, String finding, PersonId actor, Instant at) {
}
