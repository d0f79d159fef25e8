package org.yishi.query.api.meetingboard;

/** Asks for a session's whole board as of now; an empty Optional if the session is unknown. */
public record FindSessionBoard(String sessionId) {
}
