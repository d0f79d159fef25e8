package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The party secretary returns the convention with written comments; the draft goes back to drafting. */
public record ReturnConvention(@TargetAggregateIdentifier ConventionId conventionId, String comments, PersonId actor,
                               Instant at) {
}
