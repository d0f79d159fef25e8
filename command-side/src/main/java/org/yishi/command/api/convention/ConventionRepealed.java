package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** The version in force was repealed, from {@code effectiveFrom}. */
public record ConventionRepealed(ConventionId conventionId, int version, LocalDate effectiveFrom, PersonId by,
                                 Instant at) {
}
