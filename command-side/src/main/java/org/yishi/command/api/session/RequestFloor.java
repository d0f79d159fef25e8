package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A checked-in participant (the actor) asks to speak on the running item. */
public record RequestFloor(@TargetAggregateIdentifier SessionId sessionId, PersonId actor, Instant at) {
}
