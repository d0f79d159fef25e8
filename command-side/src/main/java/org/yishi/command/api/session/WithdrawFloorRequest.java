package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The participant (the actor) takes their request to speak back. */
public record WithdrawFloorRequest(@TargetAggregateIdentifier SessionId sessionId, PersonId actor, Instant at) {
}
