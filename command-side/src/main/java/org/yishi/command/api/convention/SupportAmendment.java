package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A member other than its proposer supports an open amendment. */
public record SupportAmendment(@TargetAggregateIdentifier ConventionId conventionId, AmendmentId amendmentId,
                               PersonId actor, Instant at) {
}
