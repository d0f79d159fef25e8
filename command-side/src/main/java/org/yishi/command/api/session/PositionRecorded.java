package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A later position of the same participant on the same item replaces the earlier one. */
public record PositionRecorded(SessionId sessionId, AgendaItemId itemId, PersonId participant, Stance stance,
                               String reason, Instant at) {
}
