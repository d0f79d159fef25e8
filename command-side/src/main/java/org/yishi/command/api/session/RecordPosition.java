package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A checked-in participant (the actor) records or changes their position on the running item; {@code reason} at most
 * 200 characters, may be empty.
 */
public record RecordPosition(@TargetAggregateIdentifier SessionId sessionId, Stance stance, String reason,
                             PersonId actor, Instant at) {
}
