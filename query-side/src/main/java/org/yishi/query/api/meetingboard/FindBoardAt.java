package org.yishi.query.api.meetingboard;

/**
 * Asks for a session's whole board as it was right after the event at global position {@code upTo} (or the last of
 * the session's events before it), rebuilt from the stored events; an empty Optional if the session was not scheduled
 * by then.
 */
public record FindBoardAt(String sessionId, long upTo) {
}
