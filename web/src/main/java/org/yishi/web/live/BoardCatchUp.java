package org.yishi.web.live;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;
import org.yishi.query.api.meetingboard.BoardUpdates;
import org.yishi.query.api.meetingboard.FindBoardUpdates;
import org.yishi.web.session.SessionAccess;

import java.time.Clock;
import java.util.List;

/**
 * A reconnecting client's catch-up: SUBSCRIBE {@code /app/sessions/{id}/board/since/{position}} answers once, with
 * every update after {@code position} or, when the client has nothing (-1) or missed more than
 * {@value BoardPush#LIMIT} updates (or some are no longer kept), a snapshot. {@link BoardSubscriptions} has already
 * checked the viewer's rights.
 * <p>
 * The client subscribes to the board topic first and buffers what arrives. The inbound channel handles a
 * connection's frames one after the other on the thread that read them ({@link LiveConfiguration}), so by the time
 * this runs the broker knows the topic subscription and {@link BoardPush} follows the session: an update this read
 * does not see yet is pushed to the client later, one it sees is in this answer (perhaps also pushed: the client
 * drops what is not newer than what it applied).
 */
@Controller
class BoardCatchUp {

    private final QueryGateway queries;
    private final SessionAccess access;
    private final Clock clock;

    BoardCatchUp(QueryGateway queries, SessionAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @SubscribeMapping("/sessions/{sessionId}/board/since/{position}")
    CatchUp catchUp(@DestinationVariable String sessionId, @DestinationVariable long position) {
        if (position >= 0) {
            BoardUpdates missed = queries.query(new FindBoardUpdates(List.of(sessionId), position, BoardPush.LIMIT),
                                                BoardUpdates.class).join();
            if (missed.complete()) {
                return CatchUp.updates(sessionId, clock.instant(), missed.updates());
            }
        }
        return CatchUp.snapshot(sessionId, clock.instant(), access.board(sessionId));
    }
}
