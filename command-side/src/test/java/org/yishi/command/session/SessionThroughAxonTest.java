package org.yishi.command.session;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.GiveFloor;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.RequestFloor;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.StartItem;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.proposal.AgendaProposals;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yishi.command.session.Square.CODE;
import static org.yishi.command.session.Square.COMMITTEE;
import static org.yishi.command.session.Square.JINYUAN;
import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NOISE;
import static org.yishi.command.session.Square.NOISE_ITEM;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.SPEAKING_SECONDS;
import static org.yishi.command.session.Square.STARTS_AT;
import static org.yishi.command.session.Square.ZHANG;
import static org.yishi.command.session.Square.at;

/**
 * A session run through Axon's own configuration rather than the fixture: handler parameters resolved from
 * registered components, and the deadline manager Axon gives aggregates when the application defines none.
 */
class SessionThroughAxonTest {

    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureSerializer(c -> EventSerializers.jackson())
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .configureAggregate(Session.class)
                                .registerComponent(CommunityRegisters.class, c -> Square.registers())
                                .registerComponent(AgendaProposals.class, c -> Square.proposals())
                                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void aDeliberationDayRunsUpToTheFirstSpeakerUnderAxonsDefaultDeadlineManager() {
        commands.sendAndWait(new ScheduleSession(SESSION, JINYUAN, SessionKind.DELIBERATION_DAY, "锦苑广场议事日",
                                                 STARTS_AT, "社区活动中心", Format.HYBRID, MODERATOR,
                                                 Set.of(StakeholderGroup.PROPERTY_MANAGEMENT), CODE, SPEAKING_SECONDS,
                                                 false, COMMITTEE, at(0)));
        commands.sendAndWait(new AddAgendaItem(SESSION, NOISE_ITEM, NOISE, null, 30, 0, COMMITTEE, at(1)));
        commands.sendAndWait(new CheckIn(SESSION, LI, CheckInMethod.CODE, CODE, LI, at(2)));
        commands.sendAndWait(new CheckIn(SESSION, LI, CheckInMethod.CODE, CODE, LI, at(3)));
        commands.sendAndWait(new OpenSession(SESSION, MODERATOR, at(4)));
        commands.sendAndWait(new StartItem(SESSION, NOISE_ITEM, MODERATOR, at(5)));
        commands.sendAndWait(new RequestFloor(SESSION, LI, at(6)));
        commands.sendAndWait(new GiveFloor(SESSION, LI, null, MODERATOR, at(7)));

        List<Object> events = events();
        assertThat(events).filteredOn(ParticipantCheckedIn.class::isInstance).hasSize(1);
        assertThat(events).last().isEqualTo(new FloorGiven(SESSION, NOISE_ITEM, LI, false, null,
                                                           at(7 + SPEAKING_SECONDS), MODERATOR, at(7)));
        assertThat(axon.deadlineManager()).isInstanceOf(SimpleDeadlineManager.class);
    }

    @Test
    void aRuleBrokenIsARejectionForTheCaller() {
        commands.sendAndWait(new ScheduleSession(SESSION, JINYUAN, SessionKind.DELIBERATION_DAY, "锦苑广场议事日",
                                                 STARTS_AT, "社区活动中心", Format.HYBRID, MODERATOR, Set.of(), CODE,
                                                 SPEAKING_SECONDS, false, COMMITTEE, at(0)));

        assertThatThrownBy(() -> commands.sendAndWait(new CheckIn(SESSION, ZHANG, CheckInMethod.CODE, "000000", ZHANG,
                                                                  at(2))))
                .isInstanceOf(Rejection.class)
                .hasMessage("签到码不正确 / The join code is wrong");
    }

    private List<Object> events() {
        return axon.eventStore().readEvents(SESSION.value()).asStream()
                   .map(Message::getPayload).map(Object.class::cast).toList();
    }
}
