package org.yishi.query.api.meetingboard;

import java.time.Instant;
import java.util.List;

/**
 * A session's board as its stored events rebuild it, in global position order: the first step (the scheduling) has
 * every section the board then had, each later one only the sections its event changed, each complete, exactly as a
 * live {@link BoardUpdate}. Applying steps 0 to n in order gives the board as it was right after step n's event.
 * Events that changed nothing on the board (a note for the minutes) are no steps. {@code event} is the event's type
 * name ({@code ParticipantCheckedIn}); a secret ballot's step names no voter, as the live board never does.
 */
public record BoardReplay(String sessionId, List<Step> steps) {

    public record Step(long position, Instant at, String event, BoardSections changed) {
    }
}
