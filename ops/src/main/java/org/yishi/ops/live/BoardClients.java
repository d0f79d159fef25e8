package org.yishi.ops.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Opens the viewers over one shared {@link HttpClient}: at most {@code connectRate} new connections a second and a
 * bounded number of handshakes in flight, as a room filling up rather than a thundering herd.
 */
final class BoardClients {

    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(60);

    /** The viewers that became ready, those that did not, and how long opening them took. */
    record Opened(List<BoardClient> ready, List<BoardClient> failed, double seconds) {
    }

    private BoardClients() {
    }

    static Opened open(HttpClient http, URI base, DeliberationDay day, Receipts receipts, int count,
                       double connectRate, int handshakesAtOnce) throws InterruptedException {
        URI endpoint = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws");
        Semaphore handshakes = new Semaphore(handshakesAtOnce);
        List<BoardClient> clients = new ArrayList<>(count);
        List<CompletableFuture<BoardClient>> readiness = new ArrayList<>(count);
        long started = System.nanoTime();
        long intervalNanos = Math.round(1e9 / connectRate);
        for (int i = 0; i < count; i++) {
            long due = started + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            // A handshake that never finishes must not stop the rest: after the timeout, go on without its permit.
            handshakes.tryAcquire(HANDSHAKE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            BoardClient client = new BoardClient(day, receipts, base.getHost());
            clients.add(client);
            readiness.add(client.ready());
            client.ready().whenComplete((ready, failure) -> handshakes.release());
            http.newWebSocketBuilder()
                .connectTimeout(HANDSHAKE_TIMEOUT)
                .buildAsync(endpoint, client)
                .whenComplete((socket, failure) -> client.failIf(failure));
            if ((i + 1) % 1000 == 0) {
                System.err.printf("  %,d viewers connecting or connected after %.1f s%n", i + 1,
                                  (System.nanoTime() - started) / 1e9);
            }
        }
        try {
            CompletableFuture.allOf(readiness.toArray(CompletableFuture[]::new))
                             .get(HANDSHAKE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception someFailedOrTimedOut) {
            // counted below
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<BoardClient> ready = new ArrayList<>();
        List<BoardClient> failed = new ArrayList<>();
        for (BoardClient client : clients) {
            (client.ready().isDone() && !client.ready().isCompletedExceptionally() ? ready : failed).add(client);
        }
        return new Opened(ready, failed, seconds);
    }
}
