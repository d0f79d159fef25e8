package org.yishi.command.decision;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.RecordDecision;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.Outcome;

/**
 * The policy that turns a passed motion, or an item closed with a recommendation, into a draft decision. An event
 * handler in a processing group of its own rather than a saga: it keeps no state between events (what the closing
 * event does not say, it reads from the source's stream), so a saga's store and associations would add nothing, and
 * unlike a saga's processor this one can be reset and replayed. Replays and redeliveries are harmless because the
 * decision's id is derived from its source and recording an existing decision records nothing.
 */
@Component
@ProcessingGroup(DecisionRecording.GROUP)
class DecisionRecording {

    static final String GROUP = "decision-recording";

    private final RecordedSources sources;
    private final CommandGateway commands;

    DecisionRecording(EventStore events, CommandGateway commands) {
        this.sources = new RecordedSources(events);
        this.commands = commands;
    }

    @EventHandler
    void on(MotionClosed closed) {
        // a convention's vote is reported to the convention, which has its own review
        if (closed.outcome() != ResultOutcome.PASSED || ConventionId.ofMotion(closed.motionId()).isPresent()) {
            return;
        }
        MotionOpened opened = sources.opening(closed.motionId());
        // waits, so that a failure reaches the event processor instead of vanishing in a callback
        commands.sendAndWait(new RecordDecision(DecisionId.ofMotion(closed.motionId()), opened.communityId(),
                                                DecisionSource.MOTION, opened.question(),
                                                ResultStatement.of(opened, closed), opened.proposalId(),
                                                opened.sessionId(), opened.itemId(), closed.motionId(),
                                                closed.closedBy() != null ? closed.closedBy() : opened.openedBy(),
                                                closed.at()));
    }

    @EventHandler
    void on(AgendaItemClosed closed) {
        if (closed.outcome() != Outcome.RECOMMENDATION) {
            return;
        }
        RecordedSources.Item item = sources.item(closed.sessionId(), closed.itemId());
        commands.sendAndWait(new RecordDecision(DecisionId.ofItem(closed.sessionId(), closed.itemId()),
                                                item.communityId(), DecisionSource.RECOMMENDATION, item.title(),
                                                closed.text(), item.proposalId(), closed.sessionId(),
                                                closed.itemId(), null, closed.by(), closed.at()));
    }
}
