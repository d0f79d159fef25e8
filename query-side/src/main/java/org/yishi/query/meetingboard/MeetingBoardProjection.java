package org.yishi.query.meetingboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
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
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionResumed;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.query.api.meetingboard.BoardUpdate;
import org.yishi.query.api.meetingboard.BoardUpdates;
import org.yishi.query.api.meetingboard.FindBoardUpdates;
import org.yishi.query.api.meetingboard.FindSessionBoard;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.query.personnames.PersonNames;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The live board of each session. What an event does to a board is {@link BoardFold}'s, the fold a replay of the
 * session runs over its stored events too. Per event, the update (only the sections the event changed, with the
 * event's position and timestamp) is written first, then the board; an event the board already reflects is skipped,
 * so a replay or a redelivery adds no update and leaves the same board, and an update written before a crash is
 * written again, the same, under the same number. One session's events come in position order, so its updates do
 * too; so that its motions' events (another aggregate each) keep that order with them, the processor must handle
 * this group's events in one sequence, in the order of the store.
 */
@ProcessingGroup(MeetingBoardProjection.GROUP)
public class MeetingBoardProjection {

    public static final String GROUP = "meeting-board";
    /** Which session each motion opened in a session belongs to; a replay finds a session's motions here. */
    static final String MOTIONS = "view_meeting_board_motions";
    static final String NAMES = "view_meeting_board_names";

    private final MongoCollection<Document> boards;
    private final BoardUpdateLog updates;
    private final MongoCollection<Document> motions;
    private final PersonNames names;

    public MeetingBoardProjection(MongoDatabase database) {
        this.boards = database.getCollection("view_meeting_board");
        this.updates = new BoardUpdateLog(database.getCollection("view_meeting_board_updates"));
        this.motions = database.getCollection(MOTIONS);
        this.names = new PersonNames(database, NAMES);
    }

    @EventHandler
    void on(MemberRegistered event) {
        names.remember(event);
    }

    @EventHandler
    void on(SessionScheduled event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        Document existing = boards.find(eq("_id", event.sessionId().value())).first();
        if (existing == null || positionOf(existing) < position) {
            record(StoredBoard.scheduled(event), new Document(), position, at);
        }
    }

    @EventHandler
    void on(AgendaItemAdded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(AgendaItemRemoved event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(AgendaReordered event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(AgendaPublished event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(BoardVisibilityChanged event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(ParticipantCheckedIn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(ParticipantLeft event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(QuorumReached event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(QuorumLost event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(SessionOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(SessionAdjourned event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(SessionResumed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(SessionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(AgendaItemStarted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(AgendaItemClosed event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(FloorRequested event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(FloorRequestWithdrawn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(FloorGiven event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(TurnEnded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(PositionRecorded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        change(event.sessionId(), position, at, event);
    }

    /** A motion opened in a session takes the board's vote section; an online vote has no board. */
    @EventHandler
    void on(MotionOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        if (event.sessionId() == null) {
            return;
        }
        motions.replaceOne(eq("_id", event.motionId().value()),
                           new Document("_id", event.motionId().value()).append("sessionId", event.sessionId().value()),
                           new ReplaceOptions().upsert(true).comment(BoardUpdateLog.DURABLE_WITH_NEXT_WRITE));
        change(event.sessionId(), position, at, event);
    }

    @EventHandler
    void on(BallotCast event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        sessionOf(event.motionId()).ifPresent(session -> change(session, position, at, event));
    }

    @EventHandler
    void on(VoteRecorded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        sessionOf(event.motionId()).ifPresent(session -> change(session, position, at, event));
    }

    @EventHandler
    void on(MotionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @Timestamp Instant at) {
        sessionOf(event.motionId()).ifPresent(session -> change(session, position, at, event));
    }

    private Optional<SessionId> sessionOf(MotionId motion) {
        return Optional.ofNullable(motions.find(eq("_id", motion.value())).first())
                       .map(found -> new SessionId(found.getString("sessionId")));
    }

    private void change(SessionId session, long position, Instant at, Object event) {
        Document stored = boards.find(eq("_id", session.value())).first();
        if (stored == null || positionOf(stored) >= position) {
            return;
        }
        StoredBoard board = new StoredBoard(stored);
        Document before = board.sections();
        BoardFold.apply(board, event, position);
        record(board, before, position, at);
    }

    /** An event that changes nothing on the board moves its position on but leaves no update. */
    private void record(StoredBoard board, Document before, long position, Instant at) {
        Document document = board.document();
        String sessionId = document.getString("_id");
        Document changed = board.changedSince(before);
        if (!changed.isEmpty()) {
            long number = document.get("updates", Number.class).longValue() + 1;
            updates.append(sessionId, number, position, at, changed);
            document.put("updates", number);
        }
        document.put("position", position);
        // Durable with the processor's token, which is written (durably) when its batch ends: should the process stop
        // before that, the batch is handled again from the last token and writes the same update and board again.
        boards.replaceOne(eq("_id", sessionId), document,
                          new ReplaceOptions().upsert(true).comment(BoardUpdateLog.DURABLE_WITH_NEXT_WRITE));
    }

    @ResetHandler
    void reset() {
        boards.deleteMany(new Document());
        motions.deleteMany(new Document());
        updates.clear();
        names.forget();
    }

    @QueryHandler
    Optional<SessionBoard> handle(FindSessionBoard query) {
        return Optional.ofNullable(boards.find(eq("_id", query.sessionId())).first())
                       .map(board -> new SessionBoard(query.sessionId(), positionOf(board),
                                                      reader(board.getString("communityId"),
                                                             StoredBoard.SECTIONS.stream().map(board::get).toList())
                                                              .sections(board)));
    }

    /**
     * Finds each session's head (its latest position and how many updates it has) by id, then, for each with news,
     * the first update after the asked position, then reads at most {@code limit} updates of each, all by id.
     */
    @QueryHandler
    BoardUpdates handle(FindBoardUpdates query) {
        if (query.sessionIds().isEmpty()) {
            return new BoardUpdates(List.of(), true);
        }
        List<BoardUpdateLog.Range> ranges = new ArrayList<>();
        Map<String, String> communities = new HashMap<>();
        long available = 0;
        int limit = Math.max(query.limit(), 0);
        for (Document head : boards.find(in("_id", query.sessionIds()))
                                   .projection(Projections.include("position", "updates", "communityId"))) {
            long last = head.get("updates", Number.class).longValue();
            if (positionOf(head) <= query.after() || last == 0) {
                continue;
            }
            String sessionId = head.getString("_id");
            long first = updates.firstAfter(sessionId, last, query.after());
            if (first <= last) {
                available += last - first + 1;
                ranges.add(new BoardUpdateLog.Range(sessionId, first, Math.min(last, first + limit - 1)));
                communities.put(sessionId, head.getString("communityId"));
            }
        }
        List<Document> found = updates.read(ranges).stream().limit(limit).toList();
        Map<String, BoardReader> readers = new HashMap<>();
        List<BoardUpdate> answer = new ArrayList<>();
        for (Document update : found) {
            String sessionId = update.getString("sessionId");
            BoardReader reader = readers.computeIfAbsent(sessionId, session -> reader(
                    communities.get(session), found.stream()
                                                   .filter(other -> other.getString("sessionId").equals(session))
                                                   .map(other -> other.get("changed")).toList()));
            answer.add(new BoardUpdate(sessionId, BoardUpdateLog.position(update), update.getDate("at").toInstant(),
                                       reader.sections(update.get("changed", Document.class))));
        }
        return new BoardUpdates(answer, available <= limit);
    }

    /** A reader that knows the names of everyone these stored sections mention, read in one go. */
    private BoardReader reader(String communityId, List<Object> stored) {
        return new BoardReader(names.namesOf(new CommunityId(communityId), BoardReader.people(stored)));
    }

    private static long positionOf(Document document) {
        return document.get("position", Number.class).longValue();
    }
}
