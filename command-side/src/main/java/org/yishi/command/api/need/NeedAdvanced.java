package org.yishi.command.api.need;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** {@code note} is null when none was given. */
public record NeedAdvanced(NeedId needId, NeedStatus from, NeedStatus to, String note, PersonId by, Instant at) {
}
