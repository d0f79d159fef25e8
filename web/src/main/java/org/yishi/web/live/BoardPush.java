package org.yishi.web.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;
import org.yishi.query.api.meetingboard.BoardSections;
import org.yishi.query.api.meetingboard.BoardUpdate;
import org.yishi.query.api.meetingboard.BoardUpdates;
import org.yishi.query.api.meetingboard.FindBoardUpdates;
import org.yishi.query.api.meetingboard.FindSessionBoard;
import org.yishi.query.api.meetingboard.SessionBoard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pushes board updates to this node's own clients. Every node follows the event store through the board projection
 * (which every node runs against the shared store), so a command handled on any node reaches the clients of all.
 * <p>
 * The node keeps the sessions that have a topic subscriber here. While there are any, one thread asks
 * {@code FindBoardUpdates(those sessions, after, 500)} every {@code yishi.live.poll-interval} (20 ms), merges what
 * it finds for one session into one message stamped with the last position ({@link BoardSections#then}) and sends it
 * to {@code /topic/sessions/{id}/board}.
 * <p>
 * <b>Why no update is skipped.</b> Positions are global, and the projection writes one session's updates in that
 * session's position order (one processing thread for a session's events) but different sessions' updates in no
 * particular order between them: session B's update at 105 may be written while A's at 100 is not yet. So there is no
 * single "pushed up to here" mark; each followed session has its own cursor, the position of the last update pushed
 * for it. A poll asks for everything after the <em>lowest</em> cursor and, for each session, pushes only what lies
 * beyond that session's own cursor. Seeing A's update at x means every A update below x is written already (A's are
 * written in order), so moving A's cursor to x leaves nothing of A's behind, and an A update written later has a
 * higher position than x and is found by a later poll. The lowest cursor never moves past an update not yet pushed.
 * If a poll finds more than the limit (or the projection no longer keeps some), the limit could be filled with updates
 * already pushed for busy sessions while a quiet one waits, so that poll asks again session by session, each after
 * its own cursor; a session still incomplete on its own is sent its whole board as one update carrying every section,
 * which a client applies like any other.
 * <p>
 * <b>Bursts.</b> One session's messages leave this node at least {@code yishi.live.message-gap} (100 ms) apart:
 * updates that arrive sooner stay in the log, their session's cursor does not move, and the next poll after the gap
 * sends them merged into one message. Every section in a message is complete, so a merged message carries every
 * state a client needs; only intermediate states within the gap (a count that went 5, 6, 7) are not shown one by
 * one. This bounds the messages per client at ten a second whatever the pace of commands. With many clients of one
 * session on a node the gap grows so that the session's messages stay within {@code yishi.live.messages-per-second}
 * (15,000, about what one node wrote on the 2-core benchmark machine): 2,000 viewers get a message at most every
 * 133 ms, 10,000 every 667 ms.
 * <p>
 * <b>The first subscriber.</b> When a session gets its first subscriber on this node, its cursor starts at the
 * board's current position, read while the SUBSCRIBE is being handled: after the broker registered the subscription
 * and before the client's catch-up subscription is answered ({@link LiveConfiguration} keeps a connection's frames in
 * order). An update newer than that position is pushed; an older one is in the catch-up answer, which reads later.
 * When the last subscriber leaves, the session is forgotten; a new first subscriber starts it afresh.
 * <p>
 * Meters: {@code yishi.board.push.latency}, from each update's {@code at} (its event's append) to its sending;
 * {@code yishi.board.messages}, messages sent to board topics. No tag names a session or a person.
 */
@Component
class BoardPush implements SmartLifecycle {

    static final int LIMIT = 500;

    private static final Map<String, Object> BINARY =
            Map.of(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_OCTET_STREAM);

    private static final Logger log = LoggerFactory.getLogger(BoardPush.class);

    private final QueryGateway queries;
    private final SimpMessagingTemplate messaging;
    private final Clock clock;
    private final Duration interval;
    private final long gap;
    private final long budget;
    private final Timer latency;
    private final Counter messages;

    /** Sessions watched on this node; a Follow is replaced, never reused, when a session is forgotten and followed again. */
    private final Map<String, Follow> followed = new ConcurrentHashMap<>();
    /** Connection id → subscription id → session id, for the topic subscriptions only. */
    private final Map<String, Map<String, String>> subscriptions = new ConcurrentHashMap<>();

    private volatile ScheduledExecutorService poller;

    BoardPush(QueryGateway queries, SimpMessagingTemplate messaging, Clock clock, LiveProperties properties,
              MeterRegistry meters) {
        this.queries = queries;
        this.messaging = messaging;
        this.clock = clock;
        this.interval = properties.pollInterval();
        this.gap = properties.messageGap().toMillis();
        this.budget = Math.max(1, properties.messagesPerSecond());
        this.latency = Timer.builder("yishi.board.push.latency")
                            .description("From a board update's event being appended to its push to clients")
                            .publishPercentileHistogram()
                            .register(meters);
        this.messages = Counter.builder("yishi.board.messages")
                               .description("Messages pushed to board topics (one may carry several updates)")
                               .register(meters);
    }

    private static final class Follow {
        private int subscribers;
        private volatile long cursor;
        private volatile long lastPushedAt;

        /** A session's updates wait until {@code gap} has passed since its last message, to be sent merged. */
        boolean mayPushAt(long now, long gap) {
            return now - lastPushedAt >= gap;
        }

        Follow(long cursor) {
            this.cursor = cursor;
        }
    }

    @EventListener
    void subscribed(SessionSubscribeEvent event) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(event.getMessage());
        BoardDestinations.topicSession(stomp.getDestination()).ifPresent(session -> {
            String replaced = subscriptions.computeIfAbsent(stomp.getSessionId(), id -> new ConcurrentHashMap<>())
                                           .put(stomp.getSubscriptionId(), session);
            followed.compute(session, (id, follow) -> {
                Follow following = follow != null ? follow : new Follow(currentPosition(id));
                following.subscribers++;
                return following;
            });
            if (replaced != null) {
                release(replaced);
            }
        });
    }

    @EventListener
    void unsubscribed(SessionUnsubscribeEvent event) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(event.getMessage());
        Map<String, String> ofConnection = subscriptions.get(stomp.getSessionId());
        String session = ofConnection == null ? null : ofConnection.remove(stomp.getSubscriptionId());
        if (session != null) {
            release(session);
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        Map<String, String> ofConnection = subscriptions.remove(event.getSessionId());
        if (ofConnection != null) {
            ofConnection.values().forEach(this::release);
        }
    }

    private void release(String session) {
        followed.computeIfPresent(session, (id, follow) -> --follow.subscribers == 0 ? null : follow);
    }

    /** The sessions followed on this node now, for tests and diagnostics. */
    int followedSessions() {
        return followed.size();
    }

    private long currentPosition(String session) {
        return queries.query(new FindSessionBoard(session), ResponseTypes.optionalInstanceOf(SessionBoard.class))
                      .join().map(SessionBoard::position).orElse(-1L);
    }

    void poll() {
        if (followed.isEmpty()) {
            return;
        }
        Map<String, Follow> now = new HashMap<>(followed);
        long after = now.values().stream().mapToLong(follow -> follow.cursor).min().orElseThrow();
        BoardUpdates found = updates(List.copyOf(now.keySet()), after);
        if (found.complete()) {
            push(now, found.updates());
            return;
        }
        now.forEach((session, follow) -> {
            BoardUpdates own = updates(List.of(session), follow.cursor);
            if (own.complete()) {
                push(Map.of(session, follow), own.updates());
            } else {
                pushWholeBoard(session, follow);
            }
        });
    }

    private BoardUpdates updates(List<String> sessions, long after) {
        return queries.query(new FindBoardUpdates(sessions, after, LIMIT), BoardUpdates.class).join();
    }

    private void push(Map<String, Follow> following, List<BoardUpdate> updates) {
        Map<String, List<BoardUpdate>> bySession = new LinkedHashMap<>();
        for (BoardUpdate update : updates) {
            Follow follow = following.get(update.sessionId());
            if (follow != null && update.position() > follow.cursor && follow.mayPushAt(clock.millis(), gapFor(follow))) {
                bySession.computeIfAbsent(update.sessionId(), id -> new ArrayList<>()).add(update);
            }
        }
        bySession.forEach((session, fresh) -> {
            BoardSections merged = fresh.get(0).changed();
            for (BoardUpdate later : fresh.subList(1, fresh.size())) {
                merged = merged.then(later.changed());
            }
            BoardUpdate last = fresh.get(fresh.size() - 1);
            send(session, following.get(session), new BoardUpdate(session, last.position(), last.at(), merged));
            Instant sent = clock.instant();
            fresh.forEach(update -> latency.record(Duration.between(update.at(), sent)));
        });
    }

    /**
     * The gap for one session on this node: the configured one, or longer when it has so many subscribers here that
     * a message each would exceed the node's message budget ({@code yishi.live.messages-per-second}).
     */
    private long gapFor(Follow follow) {
        return Math.max(gap, follow.subscribers * 1000L / budget);
    }

    private void pushWholeBoard(String session, Follow follow) {
        queries.query(new FindSessionBoard(session), ResponseTypes.optionalInstanceOf(SessionBoard.class)).join()
               .filter(board -> board.position() > follow.cursor)
               .ifPresent(board -> send(session, follow,
                                        new BoardUpdate(session, board.position(), clock.instant(), board.sections())));
    }

    private void send(String session, Follow follow, BoardUpdate message) {
        if (followed.get(session) == follow) {
            messaging.convertAndSend(BoardDestinations.topic(session), json(message), BINARY);
            messages.increment();
        }
        follow.cursor = message.position();
        follow.lastPushedAt = clock.millis();
    }

    /**
     * The update as JSON bytes, encoded once for all subscribers. They go out as binary WebSocket frames (Spring does
     * that for {@code application/octet-stream}): a text frame would make the node decode the bytes to a String and
     * Tomcat encode it back to UTF-8 once per client, which was most of the fan-out's processor time. STOMP clients
     * read the body as UTF-8 text either way.
     */
    private byte[] json(BoardUpdate update) {
        Message<?> encoded = messaging.getMessageConverter().toMessage(update, null);
        if (encoded == null || !(encoded.getPayload() instanceof byte[] bytes)) {
            throw new IllegalStateException("No JSON converter for board updates");
        }
        return bytes;
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "board-push");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pollSafely, interval.toMillis(), Math.max(1, interval.toMillis()),
                                        TimeUnit.MILLISECONDS);
        poller = executor;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the next poll asks again from the same cursors, so nothing is lost, only late
            log.warn("Polling board updates failed; trying again", e);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = poller;
        poller = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
