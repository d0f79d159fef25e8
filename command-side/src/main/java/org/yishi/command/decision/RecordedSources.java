package org.yishi.command.decision;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionScheduled;

/**
 * Reads what a closing event does not repeat from the source's own stream: a motion's opening, a session's
 * community and an item's proposal and title. Reading from the first event, never from a snapshot, and stopping as
 * soon as it has what it needs: the opening is a motion's first event, and items are added long before the many
 * check-ins and positions of a live session.
 */
final class RecordedSources {

    record Item(CommunityId communityId, ProposalId proposalId, String title) {
    }

    private final EventStore events;

    RecordedSources(EventStore events) {
        this.events = events;
    }

    MotionOpened opening(MotionId motion) {
        DomainEventStream stream = events.readEvents(motion.value(), 0);
        if (stream.hasNext() && stream.next().getPayload() instanceof MotionOpened opened) {
            return opened;
        }
        throw new IllegalStateException("Motion " + motion + " has no opening event in the store");
    }

    Item item(SessionId session, AgendaItemId item) {
        CommunityId community = null;
        DomainEventStream stream = events.readEvents(session.value(), 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof SessionScheduled scheduled) {
                community = scheduled.communityId();
            } else if (event instanceof AgendaItemAdded added && added.itemId().equals(item) && community != null) {
                return new Item(community, added.proposalId(), added.title());
            }
        }
        throw new IllegalStateException("Session " + session + " has no item " + item + " in the store");
    }
}
