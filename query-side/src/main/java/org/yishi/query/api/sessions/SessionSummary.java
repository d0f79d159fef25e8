package org.yishi.query.api.sessions;

import java.time.Instant;

/**
 * One session in its community's list. {@code kind}, {@code format} and {@code status} are the names of the command
 * side's enums; {@code moderatorId} lets a page offer the console to the moderator.
 */
public record SessionSummary(String sessionId, String communityId, String title, String kind, String format,
                             String status, Instant startsAt, String place, String moderatorId, String moderatorName,
                             int agendaItems, boolean agendaPublished, long position) {
}
