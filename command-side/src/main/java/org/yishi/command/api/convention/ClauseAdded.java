package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A clause was added at {@code position} (0-based, in the order after adding); {@code amendmentId} credits the
 * amendment it came from (null for a committee edit).
 */
public record ClauseAdded(ConventionId conventionId, ClauseId clauseId, int position, String chapter, String text,
                          String reason, AmendmentId amendmentId, PersonId by, Instant at) {
}
