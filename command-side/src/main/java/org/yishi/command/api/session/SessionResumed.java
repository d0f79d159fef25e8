package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The session runs again. */
public record SessionResumed(SessionId sessionId, PersonId by, Instant at) {
}
