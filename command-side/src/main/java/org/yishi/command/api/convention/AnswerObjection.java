package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A committee member answers an objection in writing. */
public record AnswerObjection(@TargetAggregateIdentifier ConventionId conventionId, ObjectionId objectionId,
                              String answer, PersonId actor, Instant at) {
}
