package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * {@code outOfOrder} when the speaker was not first on the list; {@code reason} is then set. The turn ends by {@code
 * endsAt} at the latest (a deadline, not a client timer).
 */
public record FloorGiven(SessionId sessionId, AgendaItemId itemId, PersonId speaker, boolean outOfOrder, String reason,
                         Instant endsAt, PersonId by, Instant at) {
}
