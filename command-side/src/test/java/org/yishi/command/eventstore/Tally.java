package org.yishi.command.eventstore;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A minimal aggregate for exercising the engine: counts what was added to it. */
class Tally {

    record OpenTally(@TargetAggregateIdentifier String id) {
    }

    record AddToTally(@TargetAggregateIdentifier String id, int amount, int times) {
    }

    record TallyOpened(String id) {
    }

    record TallyIncreased(String id, int amount, long totalAfter) {
    }

    @AggregateIdentifier
    private String id;
    private long total;

    Tally() {
    }

    @CommandHandler
    Tally(OpenTally command) {
        apply(new TallyOpened(command.id()));
    }

    @CommandHandler
    long handle(AddToTally command) {
        // apply() runs the sourcing handler at once, so total is the total after this command when returned
        for (int i = 0; i < command.times(); i++) {
            apply(new TallyIncreased(id, command.amount(), total + command.amount()));
        }
        return total;
    }

    @EventSourcingHandler
    void on(TallyOpened event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(TallyIncreased event) {
        total = event.totalAfter();
    }
}
