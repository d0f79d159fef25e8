package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The current speaker's turn is over. */
public record TurnEnded(SessionId sessionId, AgendaItemId itemId, PersonId speaker, TurnEndReason reason, Instant at) {
}
