package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Duration;
import java.time.Instant;

/**
 * A committee member puts the draft on public notice (公示) for {@code period} (null: the default of 7 days); the draft
 * is frozen until the notice ends.
 */
public record PutOnPublicNotice(@TargetAggregateIdentifier ConventionId conventionId, Duration period, PersonId actor,
                                Instant at) {
}
