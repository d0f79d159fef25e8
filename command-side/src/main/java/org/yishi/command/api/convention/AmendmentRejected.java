package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The committee rejected an amendment, with its reason. */
public record AmendmentRejected(ConventionId conventionId, AmendmentId amendmentId, String reason, PersonId by,
                                Instant at) {
}
