package org.yishi.command.api.session;

import java.time.Instant;

/** Recorded when presence falls below the required count while the session is open. */
public record QuorumLost(SessionId sessionId, int present, int required, Instant at) {
}
