package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** A supervision committee member records a patrol check against a clause of the version in force. */
public record RecordPatrolCheck(@TargetAggregateIdentifier ConventionId conventionId, PatrolCheckId checkId,
                                ClauseId clauseId, LocalDate checkedOn, String observation, String followUp,
                                PersonId actor, Instant at) {
}
