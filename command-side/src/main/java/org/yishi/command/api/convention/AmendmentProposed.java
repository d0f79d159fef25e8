package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * An amendment was proposed; {@code baseText} is the clause's wording it was written against (null for a new clause).
 */
public record AmendmentProposed(ConventionId conventionId, AmendmentId amendmentId, AmendmentKind kind,
                                ClauseId clauseId, String chapter, String text, String rationale, String baseText,
                                PersonId by, Instant at) {
}
