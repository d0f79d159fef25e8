package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The participant is off the speakers list. */
public record FloorRequestWithdrawn(SessionId sessionId, AgendaItemId itemId, PersonId participant, Instant at) {
}
