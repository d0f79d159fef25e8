package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member removes a clause from the draft, with a short reason. */
public record RemoveClause(@TargetAggregateIdentifier ConventionId conventionId, ClauseId clauseId, String reason,
                           PersonId actor, Instant at) {
}
