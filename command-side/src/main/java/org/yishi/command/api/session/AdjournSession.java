package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Pauses the session; {@code reason} may be null. */
public record AdjournSession(@TargetAggregateIdentifier SessionId sessionId, String reason, PersonId actor,
                             Instant at) {
}
