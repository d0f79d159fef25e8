package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The party secretary returned review round {@code round} with comments; the draft is back in drafting. */
public record ConventionReturned(ConventionId conventionId, int round, String comments, PersonId by, Instant at) {
}
