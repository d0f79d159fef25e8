package org.yishi.command.api.need;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

public record NeedClosed(NeedId needId, String reason, PersonId by, Instant at) {
}
