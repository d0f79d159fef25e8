package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A note for the minutes. */
public record MinutesNoteAdded(SessionId sessionId, AgendaItemId itemId, String text, PersonId by, Instant at) {
}
