package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * The moderator gives the floor to {@code speaker}. Anyone but the first on the list, or someone not on it, needs a
 * {@code reason}.
 */
public record GiveFloor(@TargetAggregateIdentifier SessionId sessionId, PersonId speaker, String reason, PersonId actor,
                        Instant at) {
}
