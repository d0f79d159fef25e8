package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The session is over; its minutes can be produced. */
public record SessionClosed(SessionId sessionId, PersonId by, Instant at) {
}
