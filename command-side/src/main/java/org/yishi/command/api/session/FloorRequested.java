package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The participant joins the end of the speakers list. */
public record FloorRequested(SessionId sessionId, AgendaItemId itemId, PersonId participant, Instant at) {
}
