package org.yishi.command.deadline;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A minimal aggregate with a deadline: a reminder rings when it is due, unless cancelled. It rings every time its
 * deadline reaches it, so that a deadline delivered twice shows as two {@link ReminderRang} events.
 */
class Reminder {

    static final String DEADLINE = "reminder";

    record SetReminder(@TargetAggregateIdentifier String id, String label, Instant dueAt) {
    }

    record CancelReminder(@TargetAggregateIdentifier String id) {
    }

    record ReminderSet(String id, String label, Instant dueAt, String deadlineId) {
    }

    record ReminderCancelled(String id) {
    }

    record ReminderDue(String id, String label) {
    }

    record ReminderRang(String id, String label) {
    }

    @AggregateIdentifier
    private String id;

    Reminder() {
    }

    @CommandHandler
    Reminder(SetReminder command, DeadlineManager deadlines) {
        String deadlineId = deadlines.schedule(command.dueAt(), DEADLINE, new ReminderDue(command.id(),
                                                                                           command.label()));
        // checked after scheduling on purpose: a command that fails must leave no deadline behind
        if (command.label().isBlank()) {
            throw new IllegalArgumentException("A reminder needs a label");
        }
        apply(new ReminderSet(command.id(), command.label(), command.dueAt(), deadlineId));
    }

    @CommandHandler
    void handle(CancelReminder command, DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(DEADLINE);
        apply(new ReminderCancelled(id));
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void on(ReminderDue due, Bell bell) {
        bell.ring(due.id());
        apply(new ReminderRang(due.id(), due.label()));
    }

    @EventSourcingHandler
    void on(ReminderSet event) {
        id = event.id();
    }
}
