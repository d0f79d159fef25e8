package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The board is now public or not. */
public record BoardVisibilityChanged(SessionId sessionId, boolean publicBoard, PersonId by, Instant at) {
}
