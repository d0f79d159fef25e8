package org.yishi.query.api.meetingboard;

/**
 * Asks for a session's replay: its board rebuilt from the session's stored events and its motions', one step per
 * event that changed the board; an empty Optional if the store has no such session. Who may replay which session is
 * the asker's to check.
 */
public record FindBoardReplay(String sessionId) {
}
