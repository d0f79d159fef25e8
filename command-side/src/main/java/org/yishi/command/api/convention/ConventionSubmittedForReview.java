package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** An adopted convention (or repeal) went to the party secretary in review round {@code round}. */
public record ConventionSubmittedForReview(ConventionId conventionId, int round, VotePurpose purpose, int version,
                                           String note, PersonId by, Instant at) {
}
