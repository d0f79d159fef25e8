package org.yishi.ops.live;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveriesTest {

    private static final long START = 100;
    private final Receipts receipts = new Receipts(START);

    private BoardClient.Seen viewer(long[] positions, long[] receivedMillis) {
        long[] micros = new long[receivedMillis.length];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = receivedMillis[i] * 1_000;
        }
        return new BoardClient.Seen(positions, micros, START, 0, null, false);
    }

    private void appendedAt(long position, long millis) {
        receipts.at(position, java.time.Instant.ofEpochMilli(millis).toString());
    }

    @Test
    void theLatencyOfAnUpdateIsUntilTheLastViewerHadIt() {
        appendedAt(101, 1_000);
        appendedAt(102, 2_000);
        Deliveries deliveries = Deliveries.judge(List.of(viewer(new long[] {101, 102}, new long[] {1_010, 2_005}),
                                                         viewer(new long[] {101, 102}, new long[] {1_040, 2_020})),
                                                 receipts, 102);

        assertThat(deliveries.complete()).isTrue();
        assertThat(deliveries.updates()).isEqualTo(2);
        assertThat(deliveries.messages()).isEqualTo(4);
        assertThat(deliveries.lastViewer().maxMillis()).isEqualTo(40.0);
        assertThat(deliveries.lastViewer().p50Millis()).isEqualTo(20.0);
        assertThat(deliveries.firstViewer().maxMillis()).isEqualTo(10.0);
        assertThat(deliveries.firstViewer().p50Millis()).isEqualTo(5.0);
    }

    @Test
    void anUpdateCoalescedIntoALaterMessageIsHadWhenThatMessageArrives() {
        appendedAt(101, 1_000);
        appendedAt(102, 1_010);
        Deliveries deliveries = Deliveries.judge(List.of(viewer(new long[] {101, 102}, new long[] {1_001, 1_011}),
                                                         viewer(new long[] {102}, new long[] {1_050})),
                                                 receipts, 102);

        assertThat(deliveries.missed()).isZero();
        assertThat(deliveries.coalesced()).isEqualTo(1);
        assertThat(deliveries.lastViewer().maxMillis()).isEqualTo(50.0);
        assertThat(deliveries.complete()).isTrue();
    }

    @Test
    void aViewerThatStopsEarlyMissedTheRestAndIsNotAtTheFinalPosition() {
        appendedAt(101, 1_000);
        appendedAt(102, 1_010);
        appendedAt(103, 1_020);
        Deliveries deliveries = Deliveries.judge(List.of(viewer(new long[] {101, 102, 103},
                                                                new long[] {1_001, 1_011, 1_021}),
                                                         viewer(new long[] {101}, new long[] {1_002})),
                                                 receipts, 103);

        assertThat(deliveries.missed()).isEqualTo(2);
        assertThat(deliveries.notAtFinal()).isEqualTo(1);
        assertThat(deliveries.updates()).isEqualTo(3);
        assertThat(deliveries.lastViewer().maxMillis()).isEqualTo(2.0);
        assertThat(deliveries.complete()).isFalse();
    }

    @Test
    void aViewerThatEndsAheadOfTheBoardReadOverRestIsNotAtTheFinalPosition() {
        appendedAt(101, 1_000);
        Deliveries deliveries = Deliveries.judge(List.of(viewer(new long[] {101}, new long[] {1_001})), receipts,
                                                 102);

        assertThat(deliveries.notAtFinal()).isEqualTo(1);
        assertThat(deliveries.complete()).isFalse();
    }

    @Test
    void aViewerThatReportsOutOfOrderMessagesMakesTheRunIncomplete() {
        appendedAt(101, 1_000);
        Deliveries deliveries = Deliveries.judge(
                List.of(new BoardClient.Seen(new long[] {101, 101}, new long[] {1_001_000, 1_002_000}, START, 1,
                                             null, false)), receipts, 101);

        assertThat(deliveries.outOfOrder()).isEqualTo(1);
        assertThat(deliveries.complete()).isFalse();
    }
}
