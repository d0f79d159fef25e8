package org.yishi.command.convention;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.convention.ConventionDrafted;
import org.yishi.command.api.convention.ConventionHeadingRevised;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.ConventionPutToVote;
import org.yishi.command.api.convention.RecordConventionVote;
import org.yishi.command.api.convention.RecordVoteNotOpened;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.OpenMotion;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VotingUnit;

import java.util.List;
import java.util.Set;

/**
 * The policy that holds a convention's vote as an ordinary motion under the residents' meeting rules, and reports its
 * end back to the convention. The motion's id is derived from the convention and the attempt, so a replay opens
 * nothing twice (opening an existing motion is refused and, the convention no longer waiting for that attempt,
 * recorded as nothing) and a closed motion maps back to its convention without a lookup.
 */
@Component
@ProcessingGroup(ConventionVoting.GROUP)
class ConventionVoting {

    static final String GROUP = "convention-voting";

    private final EventStore events;
    private final CommandGateway commands;

    ConventionVoting(EventStore events, CommandGateway commands) {
        this.events = events;
        this.commands = commands;
    }

    @EventHandler
    void on(ConventionPutToVote event) {
        Heading heading = heading(event.conventionId());
        String question = event.purpose() == VotePurpose.ADOPTION
                          ? "表决通过《" + heading.title + "》（第" + event.version() + "版）"
                          : "表决废止《" + heading.title + "》（第" + event.version() + "版）";
        try {
            commands.sendAndWait(new OpenMotion(event.motionId(), heading.communityId, event.sessionId(),
                                                event.itemId(), null, question, Method.YES_NO_ABSTAIN, List.of(),
                                                true, PassingRule.moreThanHalfOfPresent(), null,
                                                event.secrecy() == null ? Secrecy.NAMED : event.secrecy(),
                                                VotingUnit.PERSON, null, heading.stakeholderGroups, false,
                                                event.closesAt(), event.by(), event.at()));
        } catch (Rejection refused) {
            commands.sendAndWait(new RecordVoteNotOpened(event.conventionId(), event.motionId(), refused.chinese(),
                                                         refused.english(), event.at()));
        }
    }

    @EventHandler
    void on(MotionClosed closed) {
        ConventionId.ofMotion(closed.motionId()).ifPresent(convention -> commands.sendAndWait(
                new RecordConventionVote(convention, closed.motionId(), closed.outcome(), closed.at())));
    }

    private Heading heading(ConventionId convention) {
        Heading heading = new Heading();
        events.readEvents(convention.value()).asStream().forEach(message -> {
            Object payload = message.getPayload();
            if (payload instanceof ConventionDrafted drafted) {
                heading.communityId = drafted.communityId();
                heading.title = drafted.title();
                heading.stakeholderGroups = drafted.stakeholderGroups();
            } else if (payload instanceof ConventionHeadingRevised revised) {
                heading.title = revised.title();
            }
        });
        return heading;
    }

    private static final class Heading {
        CommunityId communityId;
        String title;
        Set<StakeholderGroup> stakeholderGroups = Set.of();
    }
}
