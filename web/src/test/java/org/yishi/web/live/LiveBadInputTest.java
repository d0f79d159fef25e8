package org.yishi.web.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.yishi.query.api.meetingboard.BoardUpdate;
import org.yishi.web.RunningApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test 4 on the live board: malformed frames and bad destinations from one client get a bilingual ERROR frame
 * (never the server's exception text), and another client watching a board keeps its connection and its updates.
 */
class LiveBadInputTest extends RunningApplication {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    Credentials credentials;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    TestCommunity community;
    SessionDriver driver;

    @BeforeEach
    void aCommunityWhoseDirectoryIsUpToDate() {
        community = new TestCommunity(commands, credentials, users);
        driver = new SessionDriver(mvc, community);
        driver.awaitMembers(queries);
    }

    /** A client that writes STOMP frames by hand, so that it can write broken ones. */
    static final class RawClient extends TextWebSocketHandler implements AutoCloseable {

        final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        final BlockingQueue<CloseStatus> closed = new LinkedBlockingQueue<>();
        final WebSocketSession session;

        RawClient(int port) throws Exception {
            session = new StandardWebSocketClient().execute(this, new WebSocketHttpHeaders(),
                                                            URI.create("ws://localhost:" + port + "/ws"))
                                                   .get(10, TimeUnit.SECONDS);
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) {
            frames.add(message.getPayload());
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            closed.add(status);
        }

        /**
         * The server's answer, or null when it closed the connection with a protocol error without one: the ERROR
         * frame of a refusal and the close that follows it are sometimes raced, and the close wins.
         */
        String answerOrClose(String sent) throws InterruptedException {
            for (int waited = 0; waited < 20_000; waited += 250) {
                String frame = frames.poll(250, TimeUnit.MILLISECONDS);
                if (frame != null) {
                    return frame;
                }
                if (!closed.isEmpty() && frames.isEmpty()) {
                    String late = frames.poll(1, TimeUnit.SECONDS);
                    if (late != null) {
                        return late;
                    }
                    assertThat(closed.peek()).as("how the server ended the connection after " + sent)
                                             .isEqualTo(CloseStatus.PROTOCOL_ERROR);
                    return null;
                }
            }
            return answerTo(sent);
        }

        void send(String frame) throws Exception {
            session.sendMessage(new TextMessage(frame));
        }

        String next() throws InterruptedException {
            return answerTo("CONNECT");
        }

        String answerTo(String sent) throws InterruptedException {
            String frame = frames.poll(20, TimeUnit.SECONDS);
            assertThat(frame).as("the server's answer to " + sent + " (closed: " + closed.peek() + ")").isNotNull();
            return frame;
        }

        String connected() throws Exception {
            send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
            return next();
        }

        @Override
        public void close() throws Exception {
            if (session.isOpen()) {
                session.close();
            }
        }
    }

    private static void bilingualError(String frame) {
        assertThat(frame).as(frame).startsWith("ERROR");
        String message = frame.lines().filter(line -> line.startsWith("message:")).findFirst().orElse("");
        assertThat(message).as(frame).matches(".*\\p{IsHan}.* / .*[A-Za-z].*")
                           .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void brokenFramesAndBadDestinationsAreRefusedInBothLanguagesWithoutDisturbingAnotherClient() throws Exception {
        // given a projector watching a public board
        String id = driver.schedule(true).sessionId();
        try (StompClient projector = StompClient.anonymous(port, json)) {
            StompClient.Subscription board = projector.board(id);
            projector.catchUp(id, -1);
            // when other clients send a frame that is no STOMP, a frame with a broken header, bad destinations,
            // a SEND with NoSQL operators and script tags, and an oversized frame
            List<String> broken = List.of("HELLO\n\n\0",
                                          "SUBSCRIBE\nid\\x:1\ndestination:/topic/x\n\n\0",
                                          "{\"$gt\": \"\"}\n\n\0");
            for (String frame : broken) {
                try (RawClient client = new RawClient(port)) {
                    assertThat(client.connected()).startsWith("CONNECTED");
                    client.send(frame);
                    // then each is told in Chinese and English that its frame was not accepted
                    bilingualError(client.answerTo(frame));
                }
            }
            List<String> refused = List.of(
                    "SUBSCRIBE\nid:1\ndestination:/app/sessions/" + id + "/board/since/not-a-number\n\n\0",
                    "SUBSCRIBE\nid:1\ndestination:/app/sessions/<script>alert(1)</script>/board/since/-1\n\n\0",
                    "SUBSCRIBE\nid:1\ndestination:/topic/sessions/{\"$gt\":\"\"}/board\n\n\0",
                    "SEND\ndestination:/app/sessions/" + id + "/board/since/-1\ncontent-type:application/json\n\n"
                    + "{\"text\":{\"$gt\":\"\"},\"note\":\"<script>alert(1)</script>\"\0",
                    "SEND\ndestination:/topic/sessions/" + id + "/board\n\n[1,2,\0");
            for (String frame : refused) {
                try (RawClient client = new RawClient(port)) {
                    assertThat(client.connected()).startsWith("CONNECTED");
                    client.send(frame);
                    String answer = client.answerOrClose(frame);
                    if (answer != null) {
                        bilingualError(answer);
                    }
                }
            }
            // and the projector is still connected and still sees the board change
            assertThat(projector.connected()).isTrue();
            assertThat(projector.errorIfAny()).isEmpty();
            String item = driver.addItem(id, "加装电梯");
            BoardUpdate update = board.next(BoardUpdate.class);
            assertThat(update.changed().agenda().items()).extracting("itemId").contains(item);
        }
    }
}
