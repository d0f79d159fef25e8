package org.yishi.command.api.need;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

public record NeedMerged(NeedId needId, NeedId intoNeedId, PersonId by, Instant at) {
}
