package org.yishi.web.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.query.api.meetingboard.BoardReplay;
import org.yishi.query.api.meetingboard.FindBoardAt;
import org.yishi.query.api.meetingboard.FindBoardReplay;
import org.yishi.query.api.meetingboard.FindSessionBoard;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.web.signin.YishiUser;

import java.util.Locale;
import java.util.Optional;

/**
 * A closed session's replay: the page with its slider and step buttons, and the steps it shows, rebuilt from the
 * session's stored events each time they are asked for. Only a closed session is replayed (a running one has its live
 * board), and it may be replayed by whoever may read its minutes: someone signed in who may watch its board.
 */
@Controller
class SessionReplays {

    private final QueryGateway queries;
    private final SessionAccess access;
    private final BoardLabels labels;
    private final ObjectMapper json;

    SessionReplays(QueryGateway queries, SessionAccess access, BoardLabels labels, ObjectMapper json) {
        this.queries = queries;
        this.access = access;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/sessions/{id}/replay")
    String page(@PathVariable String id, @RequestParam(required = false) Long position,
                @AuthenticationPrincipal YishiUser user, Model model, Locale locale) {
        Optional<SessionBoard> board = queries.query(new FindSessionBoard(id),
                                                     ResponseTypes.optionalInstanceOf(SessionBoard.class)).join();
        if (board.isEmpty()) {
            model.addAttribute("loading", true);
            return "session/loading";
        }
        if (!access.mayWatch(board.get(), user.personId())) {
            model.addAttribute("forbidden", true);
            return "session/loading";
        }
        model.addAttribute("sessionId", id).addAttribute("header", board.get().sections().header())
             .addAttribute("closed", closed(board.get())).addAttribute("position", position)
             .addAttribute("labels", labels.of(locale)).addAttribute("labelsJson", write(labels.of(locale)));
        return "session/replay";
    }

    /** Every step: the first with the whole board, each later one with the sections its event changed. */
    @ResponseBody
    @GetMapping(path = "/api/sessions/{id}/replay", params = "!upTo")
    BoardReplay replay(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        requireClosed(access.requireWatcher(id, user.personId()));
        return queries.query(new FindBoardReplay(id), ResponseTypes.optionalInstanceOf(BoardReplay.class)).join()
                      .orElseThrow(() -> new AggregateNotFoundException(id, "No session " + id));
    }

    /** The whole board as it was right after the event at global position {@code upTo}. */
    @ResponseBody
    @GetMapping(path = "/api/sessions/{id}/replay", params = "upTo")
    SessionBoard boardAt(@PathVariable String id, @RequestParam long upTo, @AuthenticationPrincipal YishiUser user) {
        requireClosed(access.requireWatcher(id, user.personId()));
        return queries.query(new FindBoardAt(id, upTo), ResponseTypes.optionalInstanceOf(SessionBoard.class)).join()
                      .orElseThrow(() -> new AggregateNotFoundException(id, "No board of " + id + " at " + upTo));
    }

    private static boolean closed(SessionBoard board) {
        return SessionStatus.CLOSED.name().equals(board.sections().header().status());
    }

    private static void requireClosed(SessionBoard board) {
        if (!closed(board)) {
            throw new Rejection("会议结束后才能回放；进行中的会议请看实时看板",
                                "A session can be replayed once it has closed; a running one has its live board");
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
