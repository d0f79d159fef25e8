package org.yishi.query.api.meetingboard;

import java.time.Instant;

/**
 * What one event changed on a session's board. {@code position} is the global position of that event, {@code at}
 * its timestamp (when it was appended), so a client can tell how late it is.
 */
public record BoardUpdate(String sessionId, long position, Instant at, BoardSections changed) {
}
