package org.yishi.query.api.sessions;

/** Asks for a session's join code, for staff and the projector; an empty Optional if the session is unknown. */
public record FindJoinCode(String sessionId) {
}
