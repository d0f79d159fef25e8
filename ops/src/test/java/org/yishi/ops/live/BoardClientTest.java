package org.yishi.ops.live;

import org.junit.jupiter.api.Test;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class BoardClientTest {

    private static final String SESSION = "s-1";
    private final DeliberationDay day = new DeliberationDay(SESSION, "123456", "i-1");
    private final Receipts receipts = new Receipts(100);
    private final BoardClient client = new BoardClient(day, receipts, "127.0.0.1");
    private final Socket socket = new Socket();

    private static String message(String subscription, String body) {
        return "MESSAGE\ndestination:/topic/sessions/s-1/board\ncontent-type:application/json\nsubscription:"
               + subscription + "\nmessage-id:m-1\ncontent-length:" + body.length() + "\n\n" + body + "\0";
    }

    private static String update(long position, String at) {
        return "{\"sessionId\":\"s-1\",\"position\":" + position + ",\"at\":\"" + at + "\",\"changed\":{\"positions\":"
               + "{\"itemId\":\"i-1\",\"support\":1,\"oppose\":0,\"concern\":0,\"latest\":[{\"name\":\"张阿姨\","
               + "\"stance\":\"SUPPORT\",\"reason\":\"\",\"at\":\"2020-01-01T00:00:00Z\"}]}}}";
    }

    private void connectedAndCaughtUpAt(long position) {
        client.onOpen(socket);
        client.onText(socket, "CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0", true);
        client.onText(socket, message("catch-up", "{\"kind\":\"snapshot\",\"sessionId\":\"s-1\",\"serverTime\":"
                                                  + "\"2026-11-25T10:00:00Z\",\"board\":{\"sessionId\":\"s-1\","
                                                  + "\"position\":" + position + ",\"sections\":{}}}"), true);
    }

    @Test
    void aViewerConnectsThenSubscribesToTheBoardBeforeAskingToCatchUp() {
        client.onOpen(socket);
        client.onText(socket, "CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0", true);

        assertThat(socket.sent).hasSize(3);
        assertThat(socket.sent.get(0)).startsWith("CONNECT\naccept-version:1.2\n").contains("heart-beat:0,0").endsWith("\0");
        assertThat(socket.sent.get(1)).startsWith("SUBSCRIBE\nid:board\ndestination:/topic/sessions/s-1/board\n");
        assertThat(socket.sent.get(2)).startsWith("SUBSCRIBE\nid:catch-up\n"
                                                  + "destination:/app/sessions/s-1/board/since/-1\n");
        assertThat(client.ready()).isNotDone();
    }

    @Test
    void aViewerIsReadyOnceTheCatchUpAnsweredAndStartsFromItsPosition() {
        connectedAndCaughtUpAt(105);

        assertThat(client.ready()).isCompleted();
        assertThat(client.seen().catchUpPosition()).isEqualTo(105);
        assertThat(client.seen().positions()).isEmpty();
    }

    @Test
    void aBoardUpdateIsKeptWithItsPositionAndItsAppendTime() {
        connectedAndCaughtUpAt(105);

        client.onText(socket, message("board", update(107, "2026-11-25T10:00:01.250Z")), true);

        assertThat(client.seen().positions()).containsExactly(107);
        assertThat(client.lastPosition()).isEqualTo(107);
        assertThat(receipts.atMicros(107)).isEqualTo(java.time.Instant.parse("2026-11-25T10:00:01.250Z")
                                                                  .toEpochMilli() * 1_000);
        assertThat(receipts.received.sum()).isEqualTo(1);
    }

    @Test
    void aMessageThatArrivesInPartsIsReadWhole() {
        connectedAndCaughtUpAt(105);
        String frame = message("board", update(108, "2026-11-25T10:00:02Z"));

        client.onText(socket, frame.substring(0, 40), false);
        client.onText(socket, frame.substring(40, 90), false);
        client.onText(socket, frame.substring(90), true);

        assertThat(client.seen().positions()).containsExactly(108);
        assertThat(client.seen().error()).isNull();
    }

    @Test
    void twoFramesInOneWebSocketMessageAndHeartBeatsBetweenThemAreBothRead() {
        connectedAndCaughtUpAt(105);

        client.onText(socket, "\n" + message("board", update(108, "2026-11-25T10:00:02Z")) + "\n"
                              + message("board", update(109, "2026-11-25T10:00:03Z")), true);

        assertThat(client.seen().positions()).containsExactly(108, 109);
    }

    @Test
    void aMessageNotAboveThePreviousOneIsCountedOutOfOrder() {
        connectedAndCaughtUpAt(105);

        client.onText(socket, message("board", update(108, "2026-11-25T10:00:02Z")), true);
        client.onText(socket, message("board", update(108, "2026-11-25T10:00:02Z")), true);

        assertThat(client.seen().outOfOrder()).isEqualTo(1);
    }

    @Test
    void aRefusedSubscriptionFailsTheViewer() {
        client.onOpen(socket);
        client.onText(socket, "CONNECTED\nversion:1.2\n\n\0", true);
        client.onText(socket, "ERROR\nmessage:无权查看 not allowed\n\n\0", true);

        assertThat(client.ready()).isCompletedExceptionally();
        assertThat(client.seen().error()).contains("not allowed");
    }

    /** Records what the viewer sends; the viewer never needs more of a socket. */
    private static final class Socket implements WebSocket {

        final List<String> sent = new ArrayList<>();

        @Override
        public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
            sent.add(data.toString());
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public void request(long n) {
        }

        @Override
        public String getSubprotocol() {
            return "";
        }

        @Override
        public boolean isOutputClosed() {
            return false;
        }

        @Override
        public boolean isInputClosed() {
            return false;
        }

        @Override
        public void abort() {
        }
    }
}
