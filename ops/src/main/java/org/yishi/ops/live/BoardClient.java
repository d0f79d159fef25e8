package org.yishi.ops.live;

import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One board viewer: a WebSocket with STOMP on it, subscribed to the session's board topic and then to the catch-up,
 * as the contract's client procedure has it. It is ready once the catch-up answered. Every board update it receives
 * is kept as its position and the time it arrived, packed in one {@code long}, so that ten thousand viewers of a
 * long run fit in little memory; the JDK calls a listener for one socket at a time, so no locking is needed here.
 */
final class BoardClient implements WebSocket.Listener {

    /** What this client saw, for the report. */
    record Seen(long[] positions, long[] receivedMicros, long catchUpPosition, int outOfOrder, String error,
                boolean closed) {
    }

    private final DeliberationDay day;
    private final Receipts receipts;
    private final String host;
    private final CompletableFuture<BoardClient> ready = new CompletableFuture<>();
    private volatile WebSocket socket;
    private StringBuilder partial;
    private ByteArrayOutputStream partialBytes;
    private long[] seen = new long[64];
    private int count;
    private volatile long lastPosition = Long.MIN_VALUE;
    private volatile long catchUpPosition = Long.MIN_VALUE;
    private int outOfOrder;
    private volatile String error;
    private volatile boolean closed;

    BoardClient(DeliberationDay day, Receipts receipts, String host) {
        this.day = day;
        this.receipts = receipts;
        this.host = host;
    }

    /** Completes when the catch-up answered, or exceptionally when the connection or STOMP failed. */
    CompletableFuture<BoardClient> ready() {
        return ready;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.sendText(BoardFrames.connect(host), true).whenComplete((ws, failure) -> failIf(failure));
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long receivedMicros = receipts.clock.nowMicros();
        if (!last || partial != null) {
            if (partial == null) {
                partial = new StringBuilder();
            }
            partial.append(data);
            if (!last) {
                webSocket.request(1);
                return null;
            }
            data = partial;
            partial = null;
        }
        onData(webSocket, data, receivedMicros);
        webSocket.request(1);
        return null;
    }

    /**
     * Board updates come as binary frames (JSON bytes the server encoded once for all its clients); they are STOMP
     * frames all the same, read as UTF-8 text.
     */
    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        long receivedMicros = receipts.clock.nowMicros();
        if (!last || partialBytes != null) {
            if (partialBytes == null) {
                partialBytes = new ByteArrayOutputStream();
            }
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            partialBytes.writeBytes(chunk);
            if (!last) {
                webSocket.request(1);
                return null;
            }
            data = ByteBuffer.wrap(partialBytes.toByteArray());
            partialBytes = null;
        }
        onData(webSocket, StandardCharsets.UTF_8.decode(data), receivedMicros);
        webSocket.request(1);
        return null;
    }

    private void onData(WebSocket webSocket, CharSequence data, long receivedMicros) {
        int length = data.length();
        int start = 0;
        while (start < length) {
            char c = data.charAt(start);
            if (c == '\n' || c == '\r') {
                start++; // a heart-beat, or the end of line some servers put after the NUL
                continue;
            }
            int end = BoardFrames.indexOf(data, BoardFrames.NUL, start, length);
            if (end < 0) {
                end = length;
            }
            try {
                onFrame(webSocket, data, start, end, receivedMicros);
            } catch (RuntimeException unreadable) {
                fail(new IllegalStateException("Unreadable frame: " + BoardFrames.abbreviate(data, start, end),
                                               unreadable));
            }
            start = end + 1;
        }
    }

    private void onFrame(WebSocket webSocket, CharSequence text, int from, int to, long receivedMicros) {
        if (BoardFrames.isCommand(text, from, to, "MESSAGE")) {
            onMessage(text, from, to, receivedMicros);
        } else if (BoardFrames.isCommand(text, from, to, "CONNECTED")) {
            webSocket.sendText(BoardFrames.subscribe(BoardFrames.TOPIC_SUBSCRIPTION, day.topic()), true)
                     .thenCompose(ws -> ws.sendText(BoardFrames.subscribe(BoardFrames.CATCH_UP_SUBSCRIPTION,
                                                                          day.catchUp(-1)), true))
                     .whenComplete((ws, failure) -> failIf(failure));
        } else if (BoardFrames.isCommand(text, from, to, "ERROR")) {
            fail(new IllegalStateException("STOMP ERROR: " + BoardFrames.header(text, from, to, "message") + " "
                                           + BoardFrames.abbreviate(text, from, to)));
        }
        // RECEIPT and anything else: nothing to do
    }

    private synchronized void onMessage(CharSequence text, int from, int to, long receivedMicros) {
        int body = BoardFrames.bodyStart(text, from, to);
        if (body < 0) {
            throw new IllegalArgumentException("A MESSAGE without a body");
        }
        long position = BoardFrames.firstLong(text, "\"position\":", body, to);
        if (BoardFrames.headerIs(text, from, body - 1, "subscription", BoardFrames.CATCH_UP_SUBSCRIPTION)) {
            catchUpPosition = position;
            ready.complete(this);
            return;
        }
        if (!receipts.knowsAt(position)) {
            receipts.at(position, BoardFrames.firstString(text, "\"at\":\"", body, to));
        }
        if (position <= lastPosition) {
            outOfOrder++;
        }
        if (count == seen.length) {
            seen = Arrays.copyOf(seen, count * 2);
        }
        seen[count++] = receipts.pack(position, receivedMicros);
        lastPosition = position;
        receipts.received.increment();
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        fail(new IllegalStateException("closed by the server: " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable failure) {
        closed = true;
        fail(failure);
    }

    /** Also for a failed handshake, before {@link #onOpen} ever ran; null is no failure. */
    void failIf(Throwable failure) {
        if (failure != null) {
            fail(failure);
        }
    }

    private void fail(Throwable failure) {
        if (error == null) {
            error = String.valueOf(failure);
        }
        ready.completeExceptionally(failure);
    }

    /** The position of the last board update received, or {@code Long.MIN_VALUE}; read from other threads. */
    long lastPosition() {
        return lastPosition;
    }

    void close() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    synchronized Seen seen() {
        long[] positions = new long[count];
        long[] micros = new long[count];
        for (int i = 0; i < count; i++) {
            positions[i] = receipts.position(seen[i]);
            micros[i] = receipts.micros(seen[i]);
        }
        return new Seen(positions, micros, catchUpPosition, outOfOrder, error, closed);
    }
}
