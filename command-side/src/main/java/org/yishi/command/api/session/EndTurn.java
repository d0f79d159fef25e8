package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The moderator, or the speaker themself, ends the current turn. */
public record EndTurn(@TargetAggregateIdentifier SessionId sessionId, PersonId actor, Instant at) {
}
