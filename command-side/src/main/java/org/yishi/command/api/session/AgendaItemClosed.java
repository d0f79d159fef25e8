package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Closing an item ends the current turn (a {@link TurnEnded} comes first) and clears the requests for the floor. */
public record AgendaItemClosed(SessionId sessionId, AgendaItemId itemId, Outcome outcome, String text, PersonId by,
                               Instant at) {
}
