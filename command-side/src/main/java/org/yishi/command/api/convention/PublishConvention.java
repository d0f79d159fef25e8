package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.Visibility;

import java.time.Instant;
import java.time.LocalDate;

/** A committee member publishes an approved convention as its next version, in force from {@code effectiveFrom}. */
public record PublishConvention(@TargetAggregateIdentifier ConventionId conventionId, LocalDate effectiveFrom,
                                Visibility visibility, PersonId actor, Instant at) {
}
