package org.yishi.query.api.motions;

/**
 * Asks for a community's motions, or only one session's when {@code sessionId} is set: the open ones first (the
 * earliest deadline first), then the closed ones, most recently closed first.
 */
public record FindMotions(String communityId, String sessionId) {
}
