package org.yishi.command.api.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Moves a need one step on: matched, in service, done (by staff), evaluated (by staff or its household). */
public record AdvanceNeed(@TargetAggregateIdentifier NeedId needId, NeedStatus to, String note, PersonId actor,
                          Instant at) {
}
