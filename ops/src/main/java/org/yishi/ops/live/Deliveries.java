package org.yishi.ops.live;

import org.yishi.ops.bench.Latencies;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * What the viewers received, judged. The updates are the positions any viewer received a message for. A viewer has
 * an update once it received a message at that position or a later one: the application may coalesce consecutive
 * updates into one message stamped with the last position, which carries the earlier ones' sections. An update's
 * latency is from its append ({@code at}) to the moment the last viewer had it.
 *
 * @param updates          distinct update positions received
 * @param messages         board messages received in all
 * @param messagesPerSecond messages over the time from the first to the last receipt
 * @param lastViewer       latency to the last viewer, over all updates every viewer had
 * @param firstViewer      latency to the first viewer: the pipeline from the store to a push, without the fan-out
 * @param missed           (viewer, update) pairs where the viewer never had the update, not even coalesced
 * @param outOfOrder       messages whose position was not above the viewer's previous one
 * @param notAtFinal       viewers whose last position is not the board's final position
 * @param coalesced        (viewer, update) pairs the viewer had only through a later position's message
 * @param failedViewers    viewers that failed or were closed during the run
 */
record Deliveries(int viewers, int updates, long messages, double messagesPerSecond, Latencies lastViewer,
                  Latencies firstViewer, long missed, long outOfOrder, long notAtFinal, long coalesced, long failedViewers,
                  String firstFailure) {

    static Deliveries judge(List<BoardClient.Seen> seen, Receipts receipts, long finalPosition) {
        TreeSet<Long> all = new TreeSet<>();
        long messages = 0;
        long firstReceipt = Long.MAX_VALUE;
        long lastReceipt = Long.MIN_VALUE;
        long outOfOrder = 0;
        long notAtFinal = 0;
        long failed = 0;
        String firstFailure = null;
        for (BoardClient.Seen viewer : seen) {
            for (long position : viewer.positions()) {
                all.add(position);
            }
            messages += viewer.positions().length;
            if (viewer.positions().length > 0) {
                firstReceipt = Math.min(firstReceipt, viewer.receivedMicros()[0]);
                lastReceipt = Math.max(lastReceipt, viewer.receivedMicros()[viewer.receivedMicros().length - 1]);
            }
            outOfOrder += viewer.outOfOrder();
            long last = viewer.positions().length == 0 ? viewer.catchUpPosition()
                                                       : viewer.positions()[viewer.positions().length - 1];
            if (last != finalPosition) {
                notAtFinal++;
            }
            if (viewer.error() != null || viewer.closed()) {
                failed++;
                if (firstFailure == null) {
                    firstFailure = viewer.error();
                }
            }
        }
        long[] updates = all.stream().mapToLong(Long::longValue).toArray();
        // For each update, the latest moment a viewer first had it; MIN_VALUE until some viewer had it.
        long[] hadByAll = new long[updates.length];
        Arrays.fill(hadByAll, Long.MIN_VALUE);
        long[] hadByOne = new long[updates.length];
        Arrays.fill(hadByOne, Long.MAX_VALUE);
        boolean[] missedBySome = new boolean[updates.length];
        long missed = 0;
        long coalesced = 0;
        for (BoardClient.Seen viewer : seen) {
            long[] positions = viewer.positions();
            long[] micros = viewer.receivedMicros();
            int message = 0;
            long highest = Long.MIN_VALUE;
            for (int u = 0; u < updates.length; u++) {
                if (updates[u] <= viewer.catchUpPosition()) {
                    continue; // in the snapshot it started from
                }
                while (message < positions.length && highest < updates[u]) {
                    highest = Math.max(highest, positions[message]);
                    message++;
                }
                if (highest < updates[u]) {
                    missed++;
                    missedBySome[u] = true;
                    continue;
                }
                if (positions[message - 1] != updates[u]) {
                    coalesced++;
                }
                hadByAll[u] = Math.max(hadByAll[u], micros[message - 1]);
                hadByOne[u] = Math.min(hadByOne[u], micros[message - 1]);
            }
        }
        long[] latencies = new long[updates.length];
        long[] firstLatencies = new long[updates.length];
        int measured = 0;
        for (int u = 0; u < updates.length; u++) {
            Long at = receipts.atMicros(updates[u]);
            if (!missedBySome[u] && at != null && hadByAll[u] != Long.MIN_VALUE) {
                latencies[measured] = (hadByAll[u] - at) * 1_000;
                firstLatencies[measured++] = (hadByOne[u] - at) * 1_000;
            }
        }
        double window = (lastReceipt - firstReceipt) / 1e6;
        return new Deliveries(seen.size(), updates.length, messages, window > 0 ? messages / window : 0,
                              Latencies.of(Arrays.copyOf(latencies, measured)),
                              Latencies.of(Arrays.copyOf(firstLatencies, measured)), missed, outOfOrder, notAtFinal,
                              coalesced, failed, firstFailure);
    }

    /** Zero missed, none out of order, everyone at the final position, no viewer lost. */
    boolean complete() {
        return missed == 0 && outOfOrder == 0 && notAtFinal == 0 && failedViewers == 0;
    }
}
