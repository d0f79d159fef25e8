package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The proposer withdrew an amendment. */
public record AmendmentWithdrawn(ConventionId conventionId, AmendmentId amendmentId, PersonId by, Instant at) {
}
