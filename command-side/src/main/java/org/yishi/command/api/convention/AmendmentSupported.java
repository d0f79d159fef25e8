package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A member supports an amendment. */
public record AmendmentSupported(ConventionId conventionId, AmendmentId amendmentId, PersonId by, Instant at) {
}
