package org.yishi.query.api.sessions;

/** Asks for a community's sessions, the coming and running ones first, then the closed ones, newest first. */
public record FindSessions(String communityId) {
}
