package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** A patrol check against a clause: what was observed and what follows. */
public record PatrolCheckRecorded(ConventionId conventionId, PatrolCheckId checkId, ClauseId clauseId,
                                  LocalDate checkedOn, String observation, String followUp, PersonId by, Instant at) {
}
