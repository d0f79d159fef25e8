package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The party secretary approves the convention under review, with an optional comment. */
public record ApproveConvention(@TargetAggregateIdentifier ConventionId conventionId, String comment, PersonId actor,
                                Instant at) {
}
