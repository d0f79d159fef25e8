package org.yishi.command.proposal;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.yishi.command.api.proposal.ProposalId;

import java.util.Optional;

/**
 * What a merge needs to know about the proposal it goes into, read before the merge is recorded, so that a merge the
 * target cannot take is a rejection for the committee member rather than a recorded merge with nowhere to go. The
 * merge handler takes it as a parameter; {@link StoredMergeTargets} is the component that serves it.
 */
public interface MergeTargets {

    Optional<MergeTarget> find(ProposalId proposalId);

    static MergeTargets readingFrom(EventStore events) {
        return new StoredMergeTargets(events);
    }
}
