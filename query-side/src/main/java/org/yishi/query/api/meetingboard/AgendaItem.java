package org.yishi.query.api.meetingboard;

import java.time.Instant;

/**
 * One agenda item. {@code status} is PENDING, RUNNING or CLOSED; {@code outcome} (the command side's {@code Outcome}
 * name) and {@code outcomeText} are set once it is closed; {@code proposalId} is null for an item added ad hoc.
 */
public record AgendaItem(String itemId, String title, String proposalId, int plannedMinutes, int speakingSeconds,
                         String status, Instant startedAt, Instant closedAt, String outcome, String outcomeText) {
}
