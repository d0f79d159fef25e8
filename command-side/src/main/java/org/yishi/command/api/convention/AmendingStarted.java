package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A draft of {@code version} was opened from the version in force, which stays in force until the new one is
 * published.
 */
public record AmendingStarted(ConventionId conventionId, int version, String reason, PersonId by, Instant at) {
}
