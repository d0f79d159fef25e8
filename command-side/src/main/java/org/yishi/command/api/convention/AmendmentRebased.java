package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The proposer restated an amendment against the clause's current wording ({@code baseText}). */
public record AmendmentRebased(ConventionId conventionId, AmendmentId amendmentId, String text, String rationale,
                               String baseText, PersonId by, Instant at) {
}
