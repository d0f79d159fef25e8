package org.yishi.command.need;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.yishi.command.api.need.NeedAdvanced;
import org.yishi.command.api.need.NeedClosed;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.need.NeedMerged;
import org.yishi.command.api.need.NeedRecorded;
import org.yishi.command.api.need.NeedStatus;

import java.util.Optional;

/**
 * Folds the target's own events rather than loading it, so two merges pointing at each other take no locks and
 * cannot deadlock; the status steps repeat {@link Need}'s.
 */
@Component
final class StoredNeedTargets implements NeedTargets {

    private final EventStore events;

    StoredNeedTargets(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<NeedTarget> find(NeedId needId) {
        NeedTarget target = null;
        DomainEventStream stream = events.readEvents(needId.value());
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof NeedRecorded recorded) {
                target = new NeedTarget(recorded.communityId(), recorded.category(), NeedStatus.RECORDED);
            } else if (event instanceof NeedAdvanced advanced) {
                target = target.now(advanced.to());
            } else if (event instanceof NeedClosed) {
                target = target.now(NeedStatus.CLOSED);
            } else if (event instanceof NeedMerged) {
                target = target.now(NeedStatus.MERGED);
            }
        }
        return Optional.ofNullable(target);
    }
}
