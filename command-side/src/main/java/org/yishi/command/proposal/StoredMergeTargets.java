package org.yishi.command.proposal;

import org.springframework.stereotype.Component;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalMerged;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.ProposalWithdrawn;

import java.util.Optional;

/**
 * Folds the target's own events. Reading the store, rather than loading the target through its repository, takes no
 * lock on the target, so two merges pointing at each other cannot deadlock; the target's status transitions are
 * repeated here from {@link Proposal}, and {@code ProposalMergeFlowTest} checks that the two agree.
 */
@Component
final class StoredMergeTargets implements MergeTargets {

    private final EventStore events;

    StoredMergeTargets(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<MergeTarget> find(ProposalId proposalId) {
        MergeTarget target = null;
        DomainEventStream stream = events.readEvents(proposalId.value());
        while (stream.hasNext()) {
            target = next(target, stream.next().getPayload());
        }
        return Optional.ofNullable(target);
    }

    private static MergeTarget next(MergeTarget target, Object event) {
        // once Proposal has a snapshot trigger, a stream starts with the latest snapshot instead of the submission
        if (event instanceof Proposal snapshot) {
            return snapshot.asMergeTarget();
        }
        if (event instanceof ProposalSubmitted submitted) {
            return new MergeTarget(submitted.communityId(), ProposalStatus.SUBMITTED);
        }
        if (event instanceof ProposalAccepted) {
            return target.now(ProposalStatus.ACCEPTED);
        }
        if (event instanceof ProposalDeclined) {
            return target.now(ProposalStatus.DECLINED);
        }
        if (event instanceof ProposalMerged) {
            return target.now(ProposalStatus.MERGED);
        }
        if (event instanceof ProposalWithdrawn) {
            return target.now(ProposalStatus.WITHDRAWN);
        }
        return target;
    }
}
