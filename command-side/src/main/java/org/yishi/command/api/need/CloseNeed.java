package org.yishi.command.api.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Staff close an open need, always with a reason the household can read. */
public record CloseNeed(@TargetAggregateIdentifier NeedId needId, String reason, PersonId actor, Instant at) {
}
