package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * The moderator or a committee member adds a note to the minutes, on an item or ({@code itemId} null) on the session.
 */
public record AddMinutesNote(@TargetAggregateIdentifier SessionId sessionId, AgendaItemId itemId, String text,
                             PersonId actor, Instant at) {
}
