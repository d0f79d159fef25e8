package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * During public notice a member lodges an objection with a reason, on a clause or ({@code clauseId} null) on the whole
 * draft.
 */
public record LodgeObjection(@TargetAggregateIdentifier ConventionId conventionId, ObjectionId objectionId,
                             ClauseId clauseId, String text, PersonId actor, Instant at) {
}
