package org.yishi.command.deadline;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.yishi.command.deadline.Reminder.ReminderDue;
import org.yishi.command.eventstore.EventSerializers;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadline's document gives back the message and the scope it was scheduled with. */
class StoredDeadlineTest {

    private static final Instant DUE = Instant.parse("2026-06-08T08:00:00Z");

    private final Serializer serializer = EventSerializers.jackson();

    /** A typed identifier, as Yishi's aggregates have: its text is what a repository loads by. */
    record MotionId(String value) {

        @Override
        public String toString() {
            return value;
        }
    }

    private static StoredDeadline readBack(StoredDeadline deadline) {
        return StoredDeadline.from(Document.parse(deadline.toDocument().toJson()));
    }

    @Test
    void theMessageComesBackWithItsIdentifierPayloadMetadataAndDueTime() {
        DeadlineMessage<ReminderDue> scheduled = GenericDeadlineMessage
                .<ReminderDue>asDeadlineMessage("motion-closes", new ReminderDue("m-1", "表决截止"), DUE)
                .withMetaData(Map.of("traceId", "t-1"));

        DeadlineMessage<?> message = readBack(StoredDeadline.of("d-1", scheduled, serializer)
                                                  .in(new AggregateScopeDescriptor("Motion", "m-1"), serializer))
                .message(serializer);

        assertThat(message.getIdentifier()).isEqualTo("d-1");
        assertThat(message.getDeadlineName()).isEqualTo("motion-closes");
        assertThat(message.getPayload()).isEqualTo(new ReminderDue("m-1", "表决截止"));
        assertThat(message.getMetaData()).isEqualTo(MetaData.with("traceId", "t-1"));
        assertThat(message.getTimestamp()).isEqualTo(DUE);
    }

    @Test
    void aDeadlineWithoutAPayloadComesBackWithout() {
        DeadlineMessage<?> scheduled = GenericDeadlineMessage.asDeadlineMessage("notice-ends", null, DUE);

        DeadlineMessage<?> message = readBack(StoredDeadline.of("d-1", scheduled, serializer)
                                                  .in(new AggregateScopeDescriptor("Convention", "c-1"), serializer))
                .message(serializer);

        assertThat(message.getPayload()).isNull();
    }

    @Test
    void anAggregatesScopeComesBackWithItsIdentifierAsText() {
        DeadlineMessage<?> scheduled = GenericDeadlineMessage.asDeadlineMessage("motion-closes", null, DUE);

        StoredDeadline stored = readBack(StoredDeadline.of("d-1", scheduled, serializer)
                                                 .in(new AggregateScopeDescriptor("Motion", () -> new MotionId("m-7")),
                                                     serializer));

        assertThat(stored.scope(serializer)).isEqualTo(new AggregateScopeDescriptor("Motion", "m-7"));
    }

    @Test
    void aDueTimeFinerThanAMillisecondIsRoundedUpSoThatItNeverFiresEarly() {
        Instant due = DUE.plusNanos(1);
        DeadlineMessage<?> scheduled = GenericDeadlineMessage.asDeadlineMessage("speaking-time", null, due);

        assertThat(readBack(StoredDeadline.of("d-1", scheduled, serializer)
                                    .in(new AggregateScopeDescriptor("Session", "s-1"), serializer)).due())
                .isEqualTo(DUE.plusMillis(1));
    }
}
