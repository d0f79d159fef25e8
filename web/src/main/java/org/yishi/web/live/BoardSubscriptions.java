package org.yishi.web.live;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.yishi.command.api.community.PersonId;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.web.session.SessionAccess;
import org.yishi.web.signin.YishiUser;

import java.security.Principal;
import java.util.Optional;

/**
 * Guards what a STOMP client may do. Nothing that arrives over STOMP changes state: commands go through the REST API
 * (with its CSRF protection), so a client may only SUBSCRIBE, and only to
 * <ul>
 *     <li>a board, pushed ({@code /topic/sessions/{id}/board}) or caught up with
 *     ({@code /app/sessions/{id}/board/since/{position}}), when it may watch that board: anyone when the board is
 *     public, otherwise a signed-in member of the session's community ({@link SessionAccess});</li>
 *     <li>its own errors, {@code /user/queue/errors}.</li>
 * </ul>
 * SEND is refused outright: the simple broker would otherwise pass a client's SEND to {@code /topic/...} on to every
 * subscriber, a forged board update. A refusal ends the connection with an ERROR frame in Chinese and English.
 * Spring Security's {@code @EnableWebSocketSecurity} is not used because it requires a CSRF token in CONNECT, which
 * non-browser clients cannot get; since no inbound frame changes state, there is nothing for such a token to protect.
 */
@Component
class BoardSubscriptions implements ChannelInterceptor {

    private final SessionAccess access;

    BoardSubscriptions(SessionAccess access) {
        this.access = access;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.SEND) {
            throw new LiveRefusal("read-only", "实时连接只用于接收看板，操作请通过页面进行",
                                  "The live connection only receives boards; act through the pages instead");
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
            check(stomp.getDestination(), stomp.getUser());
        }
        return message;
    }

    private void check(String destination, Principal user) {
        if (BoardDestinations.ERRORS.equals(destination)) {
            return;
        }
        String sessionId = BoardDestinations.boardSession(destination).orElseThrow(
                () -> new LiveRefusal("unknown-destination", "不能订阅这个地址", "You may not subscribe to this destination"));
        SessionBoard board;
        try {
            board = access.board(sessionId);
        } catch (AggregateNotFoundException unknown) {
            throw new LiveRefusal("not-found", "找不到这场会议", "No such session");
        }
        if (!access.mayWatch(board, person(user).orElse(null))) {
            var refusal = SessionAccess.notAWatcher();
            throw new LiveRefusal("unauthorized", refusal.chinese(), refusal.english());
        }
    }

    private static Optional<PersonId> person(Principal user) {
        return user instanceof Authentication authentication
               && authentication.getPrincipal() instanceof YishiUser signedIn
               ? Optional.of(signedIn.personId()) : Optional.empty();
    }
}
