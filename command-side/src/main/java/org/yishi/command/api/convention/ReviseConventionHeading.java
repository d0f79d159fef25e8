package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member changes the draft's title or preamble, with a short reason. */
public record ReviseConventionHeading(@TargetAggregateIdentifier ConventionId conventionId, String title,
                                      String preamble, String reason, PersonId actor, Instant at) {
}
