package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member changes a clause's wording or chapter, with a short reason. */
public record EditClause(@TargetAggregateIdentifier ConventionId conventionId, ClauseId clauseId, String chapter,
                         String text, String reason, PersonId actor, Instant at) {
}
