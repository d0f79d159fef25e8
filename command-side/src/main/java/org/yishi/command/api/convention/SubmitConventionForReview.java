package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member sends an adopted convention (or an adopted repeal) to the party secretary for review. */
public record SubmitConventionForReview(@TargetAggregateIdentifier ConventionId conventionId, String note,
                                        PersonId actor, Instant at) {
}
