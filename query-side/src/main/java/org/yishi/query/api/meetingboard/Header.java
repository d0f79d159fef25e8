package org.yishi.query.api.meetingboard;

import java.time.Instant;

/**
 * The session itself. {@code kind}, {@code format} and {@code status} are the names of the command side's enums
 * ({@code SessionKind}, {@code Format}, {@code SessionStatus}); {@code quorumRule} reads like "过半数 / more than half"
 * or is null without a quorum. The join code is not on the board: it is shown only to staff and on the projector.
 */
public record Header(String communityId, String title, String kind, String format, String status, Instant startsAt,
                     String place, String moderatorName, boolean publicBoard, boolean agendaPublished,
                     String electorate, String quorumRule, Instant openedAt, Instant closedAt) {
}
