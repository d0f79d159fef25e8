package org.yishi.query.api.meetingboard;

import java.util.List;

/**
 * Asks for the board updates of the given sessions after a position, in position order, at most {@code limit}. A
 * node polls with this to push to its own clients; a reconnecting client's catch-up uses it for one session.
 */
public record FindBoardUpdates(List<String> sessionIds, long after, int limit) {
}
