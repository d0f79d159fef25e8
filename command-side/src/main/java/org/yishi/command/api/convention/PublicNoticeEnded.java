package org.yishi.command.api.convention;

import java.time.Instant;

/** The notice period ran out, with {@code objections} lodged. */
public record PublicNoticeEnded(ConventionId conventionId, int objections, Instant at) {
}
