package org.yishi.query.meetingboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.query.api.meetingboard.BoardReplay;
import org.yishi.query.api.meetingboard.FindBoardAt;
import org.yishi.query.api.meetingboard.FindBoardReplay;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.StoredStream;
import org.yishi.query.views.StoredStream.Stamped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Rebuilds a session's board from the store, never from the board's stored document or its update log: the session's
 * own stream and the streams of the motions opened in it (as the board projection's motion index lists them), merged
 * in global position order and folded by {@link BoardFold} from the scheduling on, as the live projection folds them
 * one by one. Nothing is stored; people are named as the live board names them.
 */
public class BoardReplayQueries {

    private final EventStore events;
    private final MongoCollection<Document> motions;
    private final PersonNames names;

    public BoardReplayQueries(MongoDatabase database, EventStore events) {
        this.events = events;
        this.motions = database.getCollection(MeetingBoardProjection.MOTIONS);
        this.names = new PersonNames(database, MeetingBoardProjection.NAMES);
    }

    @QueryHandler
    Optional<BoardReplay> handle(FindBoardReplay query) {
        Folded folded = fold(query.sessionId(), Long.MAX_VALUE, true);
        if (folded.board == null) {
            return Optional.empty();
        }
        BoardReader reader = reader(folded.board, folded.steps.stream().map(step -> (Object) step.changed()).toList());
        return Optional.of(new BoardReplay(query.sessionId(), folded.steps.stream().map(step -> new BoardReplay.Step(
                step.position(), step.at(), step.event(), reader.sections(step.changed()))).toList()));
    }

    @QueryHandler
    Optional<SessionBoard> handle(FindBoardAt query) {
        Folded folded = fold(query.sessionId(), query.upTo(), false);
        if (folded.board == null) {
            return Optional.empty();
        }
        Document document = folded.board.document();
        List<Object> sections = StoredBoard.SECTIONS.stream().map(document::get).toList();
        return Optional.of(new SessionBoard(query.sessionId(), folded.position,
                                            reader(folded.board, sections).sections(document)));
    }

    private Folded fold(String sessionId, long upTo, boolean keepSteps) {
        Folded folded = new Folded();
        for (Stamped event : stream(sessionId)) {
            if (event.position() > upTo) {
                break;
            }
            Document before = folded.board == null ? new Document() : folded.board.sections();
            if (event.payload() instanceof SessionScheduled scheduled) {
                folded.board = StoredBoard.scheduled(scheduled);
            } else if (folded.board == null || !BoardFold.apply(folded.board, event.payload(), event.position())) {
                continue;
            }
            folded.position = event.position();
            if (keepSteps) {
                Document changed = folded.board.changedSince(before);
                if (!changed.isEmpty()) {
                    // the board goes on changing in place: a step keeps the sections as they were
                    folded.steps.add(new StoredStep(event.position(), event.at(),
                                                    event.payload().getClass().getSimpleName(),
                                                    (Document) StoredBoard.copy(changed)));
                }
            }
        }
        return folded;
    }

    /** The session's events and those of its motions, in global position order. */
    private List<Stamped> stream(String sessionId) {
        List<String> streams = new ArrayList<>(List.of(sessionId));
        motions.find(eq("sessionId", sessionId)).forEach(motion -> streams.add(motion.getString("_id")));
        return streams.stream().flatMap(stream -> StoredStream.of(events, stream).stream())
                      .sorted(Comparator.comparingLong(Stamped::position)).toList();
    }

    private BoardReader reader(StoredBoard board, List<Object> stored) {
        return new BoardReader(names.namesOf(new CommunityId(board.document().getString("communityId")),
                                             BoardReader.people(stored)));
    }

    private record StoredStep(long position, Instant at, String event, Document changed) {
    }

    private static final class Folded {
        private StoredBoard board;
        private long position = -1;
        private final List<StoredStep> steps = new ArrayList<>();
    }
}
