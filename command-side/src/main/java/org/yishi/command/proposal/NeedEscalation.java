package org.yishi.command.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.yishi.command.api.need.NeedEscalated;

/**
 * The policy that submits the proposal a need was escalated into. Stateless, in a processing group of its own like
 * the decision-recording policy: the proposal's id comes with the escalation, and raising one that exists records
 * nothing, so a replay or a redelivery is harmless.
 */
@Component
@ProcessingGroup(NeedEscalation.GROUP)
class NeedEscalation {

    static final String GROUP = "need-escalation";

    private final CommandGateway commands;

    NeedEscalation(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(NeedEscalated escalated) {
        // waits, so that a failure reaches the event processor instead of vanishing in a callback
        commands.sendAndWait(new RaiseProposalFromNeed(escalated.proposalId(), escalated.communityId(),
                                                       escalated.needId(), escalated.title(),
                                                       escalated.description(), escalated.category(), escalated.by(),
                                                       escalated.at()));
    }
}
