package org.yishi.query.api.sessions;

import java.util.List;

/** The answer to {@link FindSessions}. */
public record SessionList(List<SessionSummary> sessions) {
}
