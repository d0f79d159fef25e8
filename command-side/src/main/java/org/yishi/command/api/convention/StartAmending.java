package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member opens a draft of the next version from the version in force, with a reason. */
public record StartAmending(@TargetAggregateIdentifier ConventionId conventionId, String reason, PersonId actor,
                            Instant at) {
}
