package org.yishi.query.api.minutes;

import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.query.api.motions.MotionResult;

import java.time.Instant;
import java.util.List;

/**
 * The minutes (会议纪要) of a session, produced from its events: who attended and how, when quorum was reached or
 * lost, each item with its speakers, positions, votes and outcome, and the notes the moderator added. Enum values are
 * the command side's names; pages translate them.
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

    /**
     * One agenda item as it ran. {@code status} PENDING, RUNNING or CLOSED; {@code votes} are the motions put to the
     * vote on it, in the order they opened.
     */
    public record MinutesItem(String itemId, String title, String proposalId, String status, Instant startedAt,
                              Instant closedAt, List<Turn> speakers, List<StanceRecord> positions, int support,
                              int oppose, int concern, String outcome, String outcomeText, List<Note> notes,
                              List<MinutesVote> votes) {
    }

    /**
     * A motion voted on an item: its question, method and secrecy, how many units were on its roll, and its result
     * (null while the vote is open) with the tally, the computation and the rule set applied.
     */
    public record MinutesVote(String motionId, String question, Method method, Secrecy secrecy, int eligible,
                              Instant openedAt, MotionResult result, long position) {
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
