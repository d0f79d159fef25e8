package org.yishi.query.api.meetingboard;

import java.util.List;

/**
 * Positions recorded on the running item (or the last one, between items): the counts, each person counted once
 * with their latest stance, and the latest reasons given, newest first (at most ten).
 */
public record Positions(String itemId, int support, int oppose, int concern, List<PositionReason> latest) {
}
