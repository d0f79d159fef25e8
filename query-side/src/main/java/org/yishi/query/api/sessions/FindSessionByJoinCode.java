package org.yishi.query.api.sessions;

/**
 * Asks which session, not yet closed, has this join code (case-insensitive); an empty Optional if none. The answer is
 * the session's id as a String.
 */
public record FindSessionByJoinCode(String joinCode) {
}
