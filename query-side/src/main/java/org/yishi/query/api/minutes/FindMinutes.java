package org.yishi.query.api.minutes;

/** Asks for a session's minutes as the events so far make them; an empty Optional if the session is unknown. */
public record FindMinutes(String sessionId) {
}
