package org.yishi.query.api.minutes;

import java.time.Instant;
import java.util.List;

/**
 * The minutes (会议纪要) of a session, produced from its events: who attended and how, when quorum was reached or
 * lost, each item with its speakers, positions and outcome, and the notes the moderator added. Enum values are the
 * command side's names; pages translate them.
 */
public record Minutes(String sessionId, String communityId, String communityName, String title, String kind,
                      String format, String place, Instant startsAt, Instant openedAt, Instant closedAt,
                      String moderatorName, String ruleSetDescription, int electorateSize, int required,
                      List<Attendee> attendance, List<QuorumChange> quorum, List<MinutesItem> items,
                      List<Note> sessionNotes, long position) {

    /** One person who checked in; {@code leftAt} null if they stayed to the end, {@code returns} counts re-entries. */
    public record Attendee(String personId, String name, String method, boolean counts, Instant firstCheckedInAt,
                           Instant leftAt, int returns) {
    }

    /** Quorum reached ({@code reached}) or lost, with the count at that moment. */
    public record QuorumChange(boolean reached, int present, int required, Instant at) {
    }

    /** One agenda item as it ran. {@code status} PENDING, RUNNING or CLOSED. */
    public record MinutesItem(String itemId, String title, String proposalId, String status, Instant startedAt,
                              Instant closedAt, List<Turn> speakers, List<StanceRecord> positions, int support,
                              int oppose, int concern, String outcome, String outcomeText, List<Note> notes) {
    }

    /** One speaking turn; {@code endReason} the command side's {@code TurnEndReason} name, null while speaking. */
    public record Turn(String name, Instant from, Instant to, boolean outOfOrder, String reason, String endReason) {
    }

    /** A participant's final position on an item. */
    public record StanceRecord(String name, String stance, String reason, Instant at) {
    }

    /** A note the moderator or a committee member added. */
    public record Note(String authorName, String text, Instant at) {
    }
}
