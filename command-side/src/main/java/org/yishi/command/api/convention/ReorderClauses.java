package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.util.List;

/** A committee member puts the draft's clauses in a new order: {@code order} names every clause once. */
public record ReorderClauses(@TargetAggregateIdentifier ConventionId conventionId, List<ClauseId> order, String reason,
                             PersonId actor, Instant at) {
}
