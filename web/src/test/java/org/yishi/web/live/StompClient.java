package org.yishi.web.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import org.yishi.query.api.meetingboard.BoardUpdate;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real STOMP client over a plain WebSocket, as a phone or the load program connects: optionally with the session
 * cookie of a sign-in, heart-beats on. Frames are kept as text and read as JSON, the way a browser reads them.
 */
public final class StompClient implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebSocketStompClient client;
    private final ThreadPoolTaskScheduler heartBeats = new ThreadPoolTaskScheduler();
    private final ObjectMapper json;
    private final StompSession session;
    private final BlockingQueue<StompHeaders> errors = new LinkedBlockingQueue<>();

    private StompClient(int port, String cookie, ObjectMapper json) throws Exception {
        this.json = json;
        heartBeats.initialize();
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new StringMessageConverter() {
            @Override
            protected boolean supportsMimeType(MessageHeaders headers) {
                return true; // JSON, read as text
            }
        });
        client.setTaskScheduler(heartBeats);
        client.setDefaultHeartbeat(new long[]{10_000, 10_000});
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        if (cookie != null) {
            handshake.add("Cookie", cookie);
        }
        session = client.connectAsync(URI.create("ws://localhost:" + port + "/ws"), handshake, new StompHeaders(),
                                      new StompSessionHandlerAdapter() {
                                          @Override
                                          public void handleFrame(StompHeaders headers, Object payload) {
                                              errors.add(headers);
                                          }
                                      })
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Connects without signing in. */
    public static StompClient anonymous(int port, ObjectMapper json) throws Exception {
        return new StompClient(port, null, json);
    }

    /** Connects with the cookie of a form sign-in. */
    public static StompClient signedIn(int port, String cookie, ObjectMapper json) throws Exception {
        return new StompClient(port, cookie, json);
    }

    /** Subscribes; what arrives waits in the returned queue as text. */
    public Subscription subscribe(String destination) {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                received.add((String) payload);
            }
        });
        return new Subscription(received);
    }

    public Subscription board(String sessionId) {
        return subscribe("/topic/sessions/" + sessionId + "/board");
    }

    public CatchUp catchUp(String sessionId, long since) throws Exception {
        return subscribe("/app/sessions/" + sessionId + "/board/since/" + since).next(CatchUp.class);
    }

    public void send(String destination, String payload) {
        session.send(destination, payload);
    }

    /** The ERROR frame the server ended the connection with. */
    public StompHeaders error() throws InterruptedException {
        StompHeaders error = errors.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(error).as("an ERROR frame").isNotNull();
        return error;
    }

    /** An ERROR frame that arrived already, without waiting. */
    public Optional<StompHeaders> errorIfAny() {
        return Optional.ofNullable(errors.poll());
    }

    public boolean connected() {
        return session.isConnected();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            try {
                session.disconnect();
            } catch (MessageDeliveryException closedMeanwhile) {
                // the server may close the connection (after an ERROR frame) between the check and the DISCONNECT
            }
        }
        client.stop();
        heartBeats.shutdown();
    }

    public final class Subscription {

        private final BlockingQueue<String> received;

        private Subscription(BlockingQueue<String> received) {
            this.received = received;
        }

        public <T> T next(Class<T> type) throws Exception {
            String frame = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(frame).as("a message within " + WAIT).isNotNull();
            return json.readValue(frame, type);
        }

        /** Board updates as they arrive, until one at {@code position} or later has come. */
        public List<BoardUpdate> updatesUntil(long position) throws Exception {
            List<BoardUpdate> updates = new ArrayList<>();
            while (updates.isEmpty() || updates.get(updates.size() - 1).position() < position) {
                updates.add(next(BoardUpdate.class));
            }
            return updates;
        }

        /** Whatever arrived and was not read yet, without waiting. */
        public List<BoardUpdate> drain() throws Exception {
            List<String> frames = new ArrayList<>();
            received.drainTo(frames);
            List<BoardUpdate> updates = new ArrayList<>();
            for (String frame : frames) {
                updates.add(json.readValue(frame, BoardUpdate.class));
            }
            return updates;
        }
    }
}
