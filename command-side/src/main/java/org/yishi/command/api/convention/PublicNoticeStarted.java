package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The draft of {@code version} is on public notice until {@code endsAt}, frozen. */
public record PublicNoticeStarted(ConventionId conventionId, int version, Instant endsAt, PersonId by, Instant at) {
}
