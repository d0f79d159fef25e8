package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The item is off the agenda. */
public record AgendaItemRemoved(SessionId sessionId, AgendaItemId itemId, PersonId by, Instant at) {
}
