package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** {@code speakingSeconds} is the limit per speaker for this item. */
public record AgendaItemStarted(SessionId sessionId, AgendaItemId itemId, int speakingSeconds, PersonId by,
                                Instant at) {
}
