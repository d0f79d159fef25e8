package org.yishi.query.api.sessions;

/**
 * One person in one session: checked in or not (and how: the command side's {@code CheckInMethod} name), whether
 * they count towards the quorum, whether they are waiting for the floor ({@code placeInLine}, 1-based, 0 if not) or
 * speaking, and their stance and reason on the running item (null if none).
 */
public record Participation(String sessionId, String personId, boolean checkedIn, String method, boolean counts,
                            int placeInLine, boolean speaking, String currentItemId, String stance, String reason,
                            long position) {
}
