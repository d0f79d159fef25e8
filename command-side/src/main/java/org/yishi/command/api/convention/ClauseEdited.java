package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A clause's wording or chapter changed; {@code amendmentId} credits the amendment it came from (null for a committee
 * edit).
 */
public record ClauseEdited(ConventionId conventionId, ClauseId clauseId, String chapter, String text, String reason,
                           AmendmentId amendmentId, PersonId by, Instant at) {
}
