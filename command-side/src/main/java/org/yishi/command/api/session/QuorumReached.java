package org.yishi.command.api.session;

import java.time.Instant;

/**
 * Recorded when presence rises to the required count while the session is open, or when it opens with enough present.
 */
public record QuorumReached(SessionId sessionId, int present, int required, Instant at) {
}
