package org.yishi.command.api.convention;

import java.time.Instant;

/**
 * An open amendment was written against wording that has since changed: by an accepted amendment ({@code because}) or
 * a committee edit ({@code because} null).
 */
public record AmendmentNeedsRebase(ConventionId conventionId, AmendmentId amendmentId, ClauseId clauseId,
                                   AmendmentId because, Instant at) {
}
