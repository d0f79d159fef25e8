package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The party secretary approved review round {@code round}. */
public record ConventionApproved(ConventionId conventionId, int round, String comment, PersonId by, Instant at) {
}
