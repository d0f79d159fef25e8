package org.yishi.command.proposal;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalWithdrawn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.JINYUAN;
import static org.yishi.command.proposal.ProposalFixtures.LI;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.submitted;

class StoredMergeTargetsTest {

    private final EventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();

    @Test
    void aTargetStandsWhereItsLastStatusEventLeftIt() {
        store.publish(new GenericDomainEventMessage<>("Proposal", SQUARE_NOISE.value(), 0, submitted()),
                      new GenericDomainEventMessage<>("Proposal", SQUARE_NOISE.value(), 1,
                                                      new ProposalCoSigned(SQUARE_NOISE, LI, AT)),
                      new GenericDomainEventMessage<>("Proposal", SQUARE_NOISE.value(), 2,
                                                      new ProposalWithdrawn(SQUARE_NOISE, null, ZHANG, AT)));

        assertThat(MergeTargets.readingFrom(store).find(SQUARE_NOISE))
                .contains(new MergeTarget(JINYUAN, ProposalStatus.WITHDRAWN));
    }

    @Test
    void aSnapshotOfTheTargetStandsForTheEventsBeforeIt() {
        Proposal snapshot = new Proposal();
        snapshot.on(submitted());
        store.storeSnapshot(new GenericDomainEventMessage<>("Proposal", SQUARE_NOISE.value(), 0, snapshot));

        assertThat(MergeTargets.readingFrom(store).find(SQUARE_NOISE))
                .contains(new MergeTarget(JINYUAN, ProposalStatus.SUBMITTED));
    }
}
