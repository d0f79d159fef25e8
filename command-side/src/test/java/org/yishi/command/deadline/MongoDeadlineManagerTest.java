package org.yishi.command.deadline;

import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.deadline.Reminder.CancelReminder;
import org.yishi.command.deadline.Reminder.ReminderCancelled;
import org.yishi.command.deadline.Reminder.ReminderDue;
import org.yishi.command.deadline.Reminder.ReminderRang;
import org.yishi.command.deadline.Reminder.ReminderSet;
import org.yishi.command.deadline.Reminder.SetReminder;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines on the embedded store through Axon's own configuration: stored when scheduled, dispatched into their
 * aggregate when the clock says they are due, deleted when cancelled or handled, and kept across a restart and a
 * failing handler.
 */
class MongoDeadlineManagerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

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

    private static ReminderSet reminderSet(Node node, String reminder) {
        return (ReminderSet) node.events(reminder).get(0);
    }

    private static void awaitNoDeadlinesLeft(Node node) {
        await().atMost(Duration.ofSeconds(20)).until(() -> node.collection().countDocuments() == 0);
    }

    @Test
    void aDeadlineIsStoredBeforeTheCommandReturnsAndReachesItsAggregateWhenDue() {
        try (Node node = node("one")) {
            Instant due = NOW.plus(Duration.ofDays(3));
            node.commands().sendAndWait(new SetReminder("r-1", "表决截止", due));

            Document stored = node.collection().find(eq("_id", reminderSet(node, "r-1").deadlineId())).first();
            assertThat(stored).isNotNull();
            assertThat(stored.getString("name")).isEqualTo(Reminder.DEADLINE);
            assertThat(stored.getString("state")).isEqualTo("SCHEDULED");
            assertThat(stored.getDate("due").toInstant()).isEqualTo(due);
            assertThat(stored.getString("scopeType")).isEqualTo(AggregateScopeDescriptor.class.getName());
            assertThat(stored.getString("scope")).contains("\"r-1\"");
            assertThat(stored.getString("payloadType")).isEqualTo(ReminderDue.class.getName());
            assertThat(node.deadlines.pollOnce()).isZero();

            clock.advance(Duration.ofDays(3).plusSeconds(1));

            await().atMost(Duration.ofSeconds(20)).until(() -> node.events("r-1").size() == 2);
            assertThat(node.events("r-1")).last().isEqualTo(new ReminderRang("r-1", "表决截止"));
            awaitNoDeadlinesLeft(node);
        }
    }

    @Test
    void aCancelledDeadlineIsDeletedAndNeverFires() {
        try (Node node = node("one")) {
            node.commands().sendAndWait(new SetReminder("r-1", "公示期满", NOW.plusSeconds(60)));
            node.commands().sendAndWait(new SetReminder("r-2", "表决截止", NOW.plusSeconds(120)));
            node.commands().sendAndWait(new CancelReminder("r-1"));

            assertThat(node.collection().find().map(document -> document.getString("_id")))
                    .containsExactly(reminderSet(node, "r-2").deadlineId());

            clock.advance(Duration.ofMinutes(3));

            await().atMost(Duration.ofSeconds(20)).until(() -> node.events("r-2").size() == 2);
            awaitNoDeadlinesLeft(node);
            assertThat(node.events("r-1")).extracting(Object::getClass)
                                          .containsExactly(ReminderSet.class, ReminderCancelled.class);
        }
    }

    @Test
    void cancellingByIdOrByNameDeletesThoseDeadlinesOnly() {
        try (Node node = node("one")) {
            AggregateScopeDescriptor r1 = new AggregateScopeDescriptor("Reminder", "r-1");
            AggregateScopeDescriptor r2 = new AggregateScopeDescriptor("Reminder", "r-2");
            String first = node.deadlines.schedule(NOW.plusSeconds(60), "vote-closes", null, r1);
            String second = node.deadlines.schedule(NOW.plusSeconds(60), "vote-closes", null, r2);
            String notice = node.deadlines.schedule(NOW.plusSeconds(60), "notice-ends", null, r1);

            node.deadlines.cancelSchedule("notice-ends", first);
            assertThat(node.collection().countDocuments()).isEqualTo(3);
            node.deadlines.cancelSchedule("vote-closes", first);
            assertThat(node.collection().find().map(document -> document.getString("_id")))
                    .containsExactlyInAnyOrder(second, notice);

            node.deadlines.cancelAll("vote-closes");
            assertThat(node.collection().find().map(document -> document.getString("_id"))).containsExactly(notice);

            node.deadlines.cancelAllWithinScope("notice-ends", r2);
            assertThat(node.collection().countDocuments()).isEqualTo(1);
            node.deadlines.cancelAllWithinScope("notice-ends", r1);
            assertThat(node.collection().countDocuments()).isZero();
        }
    }

    @Test
    void aCommandThatFailsLeavesNoDeadline() {
        try (Node node = node("one")) {
            assertThatThrownBy(() -> node.commands().sendAndWait(new SetReminder("r-1", " ", NOW.plusSeconds(60))))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(node.collection().countDocuments()).isZero();
        }
    }

    @Test
    void aCommandWhoseEventsCannotBeStoredTakesBackTheDeadlineItStored() {
        try (Node node = node("one")) {
            node.commands().sendAndWait(new SetReminder("r-1", "表决截止", NOW.plusSeconds(60)));

            // the same reminder again: its deadline is stored first, then its events collide with the stored ones
            assertThatThrownBy(() -> node.commands().sendAndWait(new SetReminder("r-1", "重复", NOW.plusSeconds(90))))
                    .isInstanceOf(AggregateStreamCreationException.class);

            assertThat(node.collection().find().map(document -> document.getString("_id")))
                    .containsExactly(reminderSet(node, "r-1").deadlineId());
        }
    }

    @Test
    void aDeadlineScheduledOutsideACommandIsStoredAtOnceAndReachesTheAggregateOfItsScope() {
        try (Node node = node("one")) {
            node.commands().sendAndWait(new SetReminder("r-1", "表决截止", NOW.plus(Duration.ofDays(7))));
            String id = node.deadlines.schedule(NOW.plusSeconds(30), Reminder.DEADLINE, new ReminderDue("r-1", "提醒"),
                                                new AggregateScopeDescriptor("Reminder", "r-1"));

            assertThat(node.collection().find(eq("_id", id)).first()).isNotNull();

            clock.advance(Duration.ofMinutes(1));

            await().atMost(Duration.ofSeconds(20)).until(() -> node.events("r-1").size() == 2);
            assertThat(node.events("r-1")).last().isEqualTo(new ReminderRang("r-1", "提醒"));
            assertThat(node.collection().countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterIt() {
        try (Node before = node("before")) {
            before.commands().sendAndWait(new SetReminder("r-1", "公示期满", NOW.plus(Duration.ofDays(7))));
        }
        clock.advance(Duration.ofDays(8));

        try (Node after = node("after")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> after.events("r-1").size() == 2);
            awaitNoDeadlinesLeft(after);
            assertThat(after.events("r-1")).filteredOn(ReminderRang.class::isInstance)
                                           .containsExactly(new ReminderRang("r-1", "公示期满"));
            assertThat(after.bell.rings()).isEqualTo(1);
        }
    }

    @Test
    void aDeadlineWhoseHandlerFailsIsKeptAndTriedAgainAfterAGrowingWait() {
        try (Node node = node("one")) {
            node.bell.failNext(2);
            node.commands().sendAndWait(new SetReminder("r-1", "表决截止", NOW.plusSeconds(60)));
            String id = reminderSet(node, "r-1").deadlineId();
            clock.advance(Duration.ofMinutes(2));

            Document failedOnce = awaitScheduledAfter(node, id, 1);
            assertThat(failedOnce.getDate("due").toInstant()).isEqualTo(clock.instant().plus(Node.FIRST_RETRY));
            assertThat(failedOnce.getString("lastError")).contains("The bell of r-1 is stuck");
            assertThat(node.events("r-1")).hasSize(1);

            clock.advance(Node.FIRST_RETRY.plusSeconds(1));
            Document failedTwice = awaitScheduledAfter(node, id, 2);
            assertThat(failedTwice.getDate("due").toInstant())
                    .isEqualTo(clock.instant().plus(Node.FIRST_RETRY.multipliedBy(2)));

            clock.advance(Node.FIRST_RETRY.multipliedBy(2).plusSeconds(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> node.events("r-1").size() == 2);
            awaitNoDeadlinesLeft(node);
            assertThat(node.bell.rings()).isEqualTo(1);
        }
    }

    private static Document awaitScheduledAfter(Node node, String id, int attempts) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> node.collection().find(eq("_id", id)).first(),
                document -> document != null && "SCHEDULED".equals(document.getString("state"))
                        && document.get("attempts", Number.class).intValue() == attempts);
    }
}
