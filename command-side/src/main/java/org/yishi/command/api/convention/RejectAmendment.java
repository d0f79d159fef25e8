package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member rejects an open amendment with a written reason. */
public record RejectAmendment(@TargetAggregateIdentifier ConventionId conventionId, AmendmentId amendmentId,
                              String reason, PersonId actor, Instant at) {
}
