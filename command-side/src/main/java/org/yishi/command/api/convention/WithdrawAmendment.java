package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The proposer withdraws an amendment that is still open. */
public record WithdrawAmendment(@TargetAggregateIdentifier ConventionId conventionId, AmendmentId amendmentId,
                                PersonId actor, Instant at) {
}
