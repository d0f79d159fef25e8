package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The committee accepted an amendment; the clause change that follows it in the same commit carries its id. */
public record AmendmentAccepted(ConventionId conventionId, AmendmentId amendmentId, ClauseId clauseId, PersonId by,
                                Instant at) {
}
