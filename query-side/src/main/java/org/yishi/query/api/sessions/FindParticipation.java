package org.yishi.query.api.sessions;

/** Asks where one person stands in one session, for their phone; never empty. */
public record FindParticipation(String sessionId, String personId) {
}
