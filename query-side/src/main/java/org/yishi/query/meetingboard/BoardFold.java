package org.yishi.query.meetingboard;

import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.AgendaPublished;
import org.yishi.command.api.session.AgendaReordered;
import org.yishi.command.api.session.BoardVisibilityChanged;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.FloorRequestWithdrawn;
import org.yishi.command.api.session.FloorRequested;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.QuorumLost;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionResumed;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.api.session.TurnEnded;

/**
 * What each event does to a session's board after its {@code SessionScheduled} started it: the one fold that the live
 * projection runs event by event and a replay runs over the session's stored events, so that a board rebuilt from the
 * events and the live one cannot disagree. An event that is not about the board changes nothing; so does a motion's
 * event when the board's vote section is another motion's.
 */
final class BoardFold {

    private BoardFold() {
    }

    /**
     * Applies one event to the board; false when the board does not follow events of its type, which then do not move
     * the board's position either.
     */
    static boolean apply(StoredBoard board, Object event, long position) {
        if (event instanceof AgendaItemAdded e) {
            board.itemAdded(e);
        } else if (event instanceof AgendaItemRemoved e) {
            board.itemRemoved(e.itemId());
        } else if (event instanceof AgendaReordered e) {
            board.reordered(e.order());
        } else if (event instanceof AgendaPublished e) {
            board.agendaPublished(e.order());
        } else if (event instanceof BoardVisibilityChanged e) {
            board.publicBoard(e.publicBoard());
        } else if (event instanceof ParticipantCheckedIn e) {
            board.checkedIn(e.participant(), e.method(), e.present(), e.required());
        } else if (event instanceof ParticipantLeft e) {
            board.left(e.participant(), e.present(), e.required());
        } else if (event instanceof QuorumReached e) {
            board.quorum(true, e.present(), e.required());
        } else if (event instanceof QuorumLost e) {
            board.quorum(false, e.present(), e.required());
        } else if (event instanceof SessionOpened e) {
            board.opened(e.ruleSet(), e.electorateSize(), e.required(), e.present(), e.at());
        } else if (event instanceof SessionAdjourned) {
            board.status(SessionStatus.ADJOURNED);
        } else if (event instanceof SessionResumed) {
            board.status(SessionStatus.OPEN);
        } else if (event instanceof SessionClosed e) {
            board.closed(e.at());
        } else if (event instanceof AgendaItemStarted e) {
            board.itemStarted(e);
        } else if (event instanceof AgendaItemClosed e) {
            board.itemClosed(e);
        } else if (event instanceof FloorRequested e) {
            board.floorRequested(e.participant(), e.at());
        } else if (event instanceof FloorRequestWithdrawn e) {
            board.floorRequestWithdrawn(e.participant());
        } else if (event instanceof FloorGiven e) {
            board.floorGiven(e);
        } else if (event instanceof TurnEnded e) {
            board.turnEnded(e.speaker());
        } else if (event instanceof PositionRecorded e) {
            board.positionRecorded(e);
        } else if (event instanceof MotionOpened e) {
            board.voteOpened(e);
        } else if (event instanceof BallotCast e) {
            board.voted(e.motionId(), e.replaces());
        } else if (event instanceof VoteRecorded e) {
            board.voted(e.motionId(), e.replaces());
        } else if (event instanceof MotionClosed e) {
            board.voteClosed(e, position);
        } else {
            return false;
        }
        return true;
    }
}
