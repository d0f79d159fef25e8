package org.yishi.query.api.meetingboard;

import java.util.List;

/**
 * The answer to {@link FindBoardUpdates}: updates in position order. {@code complete} is false when there were more
 * than the limit, or when some updates after the asked position are no longer kept; the asker then takes a
 * {@link SessionBoard} instead.
 */
public record BoardUpdates(List<BoardUpdate> updates, boolean complete) {
}
