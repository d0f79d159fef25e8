package org.yishi.command.api.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Staff fold a duplicate ({@code needId}) into an open need of the same community and category. */
public record MergeNeed(@TargetAggregateIdentifier NeedId needId, NeedId intoNeedId, PersonId actor, Instant at) {
}
