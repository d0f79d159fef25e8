package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A committee member accepts an open amendment: the clause changes, credited to it. {@code newClauseId}: the id of the
 * clause a NEW_CLAUSE amendment adds (null otherwise).
 */
public record AcceptAmendment(@TargetAggregateIdentifier ConventionId conventionId, AmendmentId amendmentId,
                              ClauseId newClauseId, PersonId actor, Instant at) {
}
