package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The session is paused. */
public record SessionAdjourned(SessionId sessionId, String reason, PersonId by, Instant at) {
}
