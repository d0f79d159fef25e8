package org.yishi.query.meetingboard;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.query.personnames.EmbeddedStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoardUpdateLogTest {

    @TempDir
    Path directory;
    EmbeddedStore store;
    BoardUpdateLog log;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        log = new BoardUpdateLog(store.database().getCollection("updates"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Positions 10, 20, ..., 10 * count. */
    private void given(int count) {
        for (int number = 1; number <= count; number++) {
            log.append("s", number, 10L * number, Instant.EPOCH, new Document());
        }
    }

    @Test
    void theFirstUpdateAfterAPositionIsFoundWhereverItLies() {
        given(37);

        for (long after = -1; after <= 380; after++) {
            long expected = after < 10 ? 1 : Math.min(38, after / 10 + 1);
            assertThat(log.firstAfter("s", 37, after)).as("after %d", after).isEqualTo(expected);
        }
    }

    @Test
    void aSessionWithOneUpdateHasItAfterAnythingBeforeIt() {
        given(1);

        assertThat(log.firstAfter("s", 1, 9)).isEqualTo(1);
        assertThat(log.firstAfter("s", 1, 10)).isEqualTo(2);
    }

    @Test
    void rangesAreReadInPositionOrder() {
        given(5);
        log.append("t", 1, 15, Instant.EPOCH, new Document());

        assertThat(log.read(List.of(new BoardUpdateLog.Range("s", 1, 3), new BoardUpdateLog.Range("t", 1, 1))))
                .extracting(BoardUpdateLog::position).containsExactly(10L, 15L, 20L, 30L);
    }

    @Test
    void theMarkForAWriteMadeDurableByTheNextIsTheEmbeddedStoresOwn() {
        assertThat(BoardUpdateLog.DURABLE_WITH_NEXT_WRITE).isEqualTo(EmbeddedMongoServer.DURABLE_WITH_NEXT_WRITE);
    }
}
