package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The draft's title or preamble changed. */
public record ConventionHeadingRevised(ConventionId conventionId, String title, String preamble, String reason,
                                       PersonId by, Instant at) {
}
