package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** A committee member publishes an approved repeal: the version in force ends on {@code effectiveFrom}. */
public record RepealConvention(@TargetAggregateIdentifier ConventionId conventionId, LocalDate effectiveFrom,
                               PersonId actor, Instant at) {
}
