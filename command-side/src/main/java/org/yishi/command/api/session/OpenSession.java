package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The moderator (or a committee member standing in) opens the session. */
public record OpenSession(@TargetAggregateIdentifier SessionId sessionId, PersonId actor, Instant at) {
}
