package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A clause was removed; {@code amendmentId} credits the amendment it came from (null for a committee edit). */
public record ClauseRemoved(ConventionId conventionId, ClauseId clauseId, String reason, AmendmentId amendmentId,
                            PersonId by, Instant at) {
}
