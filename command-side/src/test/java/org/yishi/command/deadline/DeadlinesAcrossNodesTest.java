package org.yishi.command.deadline;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.deadline.Reminder.ReminderRang;
import org.yishi.command.deadline.Reminder.ReminderSet;
import org.yishi.command.deadline.Reminder.SetReminder;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Several nodes share one store: each deadline is dispatched by one of them, and a dead node's claim is taken over. */
class DeadlinesAcrossNodesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final int REMINDERS = 30;

    @TempDir
    Path directory;

    private final MovableClock clock = new MovableClock(NOW);
    private EmbeddedMongoServer store;

    @BeforeEach
    void startStore() {
        store = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    private Node node(String name) {
        return new Node(name, store.connectionString(), clock);
    }

    @Test
    void twoNodesOnOneStoreDispatchEachDeadlineExactlyOnce() {
        try (Node one = node("one"); Node two = node("two")) {
            IntStream.range(0, REMINDERS).forEach(i -> (i % 2 == 0 ? one : two).commands().sendAndWait(
                    new SetReminder("r-" + i, "第" + i + "项表决截止", NOW.plusSeconds(60 + i))));

            // every deadline falls due at once for both pollers, which race to claim them
            clock.advance(Duration.ofMinutes(5));

            await().atMost(Duration.ofSeconds(30)).until(() -> one.collection().countDocuments() == 0);
            assertThat(one.bell.rings() + two.bell.rings()).isEqualTo(REMINDERS);
            IntStream.range(0, REMINDERS).forEach(i -> assertThat(one.events("r-" + i))
                    .filteredOn(ReminderRang.class::isInstance)
                    .containsExactly(new ReminderRang("r-" + i, "第" + i + "项表决截止")));
        }
    }

    @Test
    void aDeadlineClaimedByANodeThatDiedIsTakenOverOnceTheClaimTimesOut() {
        try (Node survivor = node("survivor")) {
            survivor.commands().sendAndWait(new SetReminder("r-1", "公示期满", NOW.plusSeconds(60)));
            String id = ((ReminderSet) survivor.events("r-1").get(0)).deadlineId();
            // what a node whose clock is two minutes ahead writes just before it dispatches, and then it dies
            assertThat(new DeadlineStore(survivor.collection())
                               .claim(id, "dead-node", "dead-claim", NOW.plusSeconds(120), Node.CLAIM_TIMEOUT))
                    .isPresent();

            clock.advance(Duration.ofSeconds(120).plus(Node.CLAIM_TIMEOUT.dividedBy(2)));
            assertThat(survivor.deadlines.pollOnce()).isZero();
            Document claimed = survivor.collection().find(eq("_id", id)).first();
            assertThat(claimed.getString("owner")).isEqualTo("dead-node");

            clock.advance(Node.CLAIM_TIMEOUT);

            await().atMost(Duration.ofSeconds(20)).until(() -> survivor.collection().countDocuments() == 0);
            assertThat(survivor.events("r-1")).filteredOn(ReminderRang.class::isInstance)
                                              .containsExactly(new ReminderRang("r-1", "公示期满"));
            assertThat(survivor.bell.rings()).isEqualTo(1);
        }
    }
}
