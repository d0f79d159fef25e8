package org.yishi.ops.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Events shaped like a deliberation's: a motion is opened, arguments are added, votes are cast. Payloads carry
 * UUIDs and a few hundred bytes of text so that documents have the size real ones will have; the benchmark would
 * flatter the store with tiny payloads.
 */
final class MotionEvents {

    static final String AGGREGATE_TYPE = "Motion";

    record MotionOpened(String motionId, String title, String text, String openedBy) {
    }

    record ArgumentAdded(String motionId, String argumentId, String author, String stance, String text) {
    }

    record VoteCast(String motionId, String voter, String choice) {
    }

    private static final String TEXT = "The assembly should publish the minutes of every session within a week, "
                                       + "so that members who could not attend can follow the deliberation and "
                                       + "raise objections before the next vote. ";

    private MotionEvents() {
    }

    /** The aggregate identifier of the {@code index}-th motion of a group; UUIDs, as the application uses. */
    static String motionId(long group, long index) {
        return new UUID(group, index).toString();
    }

    /** One unit of work's events on a motion: {@code count} events from {@code firstSequence} on. */
    static List<EventMessage<?>> commit(String motionId, long firstSequence, int count) {
        List<EventMessage<?>> events = new ArrayList<>(count);
        for (long sequence = firstSequence; sequence < firstSequence + count; sequence++) {
            events.add(event(motionId, sequence));
        }
        return events;
    }

    private static DomainEventMessage<?> event(String motionId, long sequence) {
        Object payload;
        if (sequence == 0) {
            payload = new MotionOpened(motionId, "Publish the minutes", TEXT, voter(motionId, 0));
        } else if (sequence % 2 == 1) {
            payload = new ArgumentAdded(motionId, UUID.randomUUID().toString(), voter(motionId, sequence),
                                        sequence % 4 == 1 ? "for" : "against", TEXT);
        } else {
            payload = new VoteCast(motionId, voter(motionId, sequence), sequence % 3 == 0 ? "yes" : "no");
        }
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, motionId, sequence, payload);
    }

    private static String voter(String motionId, long sequence) {
        return "member-" + Math.floorMod(motionId.hashCode() + sequence, 5_000);
    }
}
