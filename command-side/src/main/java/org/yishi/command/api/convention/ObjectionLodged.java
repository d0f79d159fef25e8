package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** An objection to the draft on notice, on a clause or ({@code clauseId} null) on the whole. */
public record ObjectionLodged(ConventionId conventionId, ObjectionId objectionId, ClauseId clauseId, String text,
                              PersonId by, Instant at) {
}
