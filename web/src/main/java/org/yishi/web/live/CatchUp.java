package org.yishi.web.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.yishi.query.api.meetingboard.BoardUpdate;
import org.yishi.query.api.meetingboard.SessionBoard;

import java.time.Instant;
import java.util.List;

/**
 * The one answer to a catch-up subscription: {@code kind} "updates" with every update after the client's position, in
 * order, or "snapshot" with the whole board when the client had nothing or missed too much.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatchUp(String kind, String sessionId, Instant serverTime, List<BoardUpdate> updates, SessionBoard board) {

    static CatchUp updates(String sessionId, Instant serverTime, List<BoardUpdate> updates) {
        return new CatchUp("updates", sessionId, serverTime, updates, null);
    }

    static CatchUp snapshot(String sessionId, Instant serverTime, SessionBoard board) {
        return new CatchUp("snapshot", sessionId, serverTime, null, board);
    }
}
