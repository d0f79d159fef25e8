package org.yishi.command.session;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.LeaveSession;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.api.session.StartItem;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.proposal.AgendaProposals;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.yishi.command.session.Square.WANG;
import static org.yishi.command.session.Square.ZHANG;
import static org.yishi.command.session.Square.at;

/** The roll a vote reads of a session run through Axon, loaded back from its events. */
class RepositorySessionRollsTest {

    private Configuration axon;
    private CommandGateway commands;
    private SessionRolls rolls;

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
        rolls = new RepositorySessionRolls(axon.repository(Session.class));
        commands.sendAndWait(new ScheduleSession(SESSION, JINYUAN, SessionKind.RESIDENTS_MEETING, "锦苑居民会议",
                                                 STARTS_AT, "社区活动中心", Format.HYBRID, MODERATOR,
                                                 Set.of(StakeholderGroup.PROPERTY_MANAGEMENT), CODE, SPEAKING_SECONDS,
                                                 false, COMMITTEE, at(0)));
        commands.sendAndWait(new AddAgendaItem(SESSION, NOISE_ITEM, NOISE, null, 30, 0, COMMITTEE, at(1)));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void aScheduledSessionHasNoItemRunningAndNobodyYet() {
        SessionRoll roll = find(SESSION).orElseThrow();

        assertThat(roll.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(roll.runningItem()).isNull();
        assertThat(roll.present()).isEmpty();
        assertThat(roll.communityId()).isEqualTo(JINYUAN);
    }

    @Test
    void aSessionInSessionShowsItsRunningItemItsProposalItsRulesAndWhoIsCheckedIn() {
        commands.sendAndWait(new CheckIn(SESSION, LI, CheckInMethod.CODE, CODE, LI, at(2)));
        commands.sendAndWait(new CheckIn(SESSION, WANG, CheckInMethod.CODE, CODE, WANG, at(3)));
        commands.sendAndWait(new CheckIn(SESSION, ZHANG, CheckInMethod.CODE, CODE, ZHANG, at(4)));
        commands.sendAndWait(new OpenSession(SESSION, MODERATOR, at(5)));
        commands.sendAndWait(new StartItem(SESSION, NOISE_ITEM, MODERATOR, at(6)));
        commands.sendAndWait(new LeaveSession(SESSION, ZHANG, ZHANG, at(7)));

        assertThat(find(SESSION)).contains(new SessionRoll(JINYUAN, SessionStatus.OPEN, NOISE_ITEM, NOISE,
                                                           RuleSet.defaultFor(SessionKind.RESIDENTS_MEETING),
                                                           MODERATOR, Set.of(LI, WANG)));
    }

    @Test
    void theSessionsChairRuleDecidesWhoMayRunTheVote() {
        SessionRoll roll = find(SESSION).orElseThrow();
        CommunityRegisters registers = Square.registers();

        assertThat(roll.mayChair(MODERATOR, registers.standing(JINYUAN, MODERATOR))).isTrue();
        assertThat(roll.mayChair(COMMITTEE, registers.standing(JINYUAN, COMMITTEE))).isTrue();
        assertThat(roll.mayChair(LI, registers.standing(JINYUAN, LI))).isFalse();
    }

    @Test
    void aSessionNobodyScheduledIsNotFound() {
        assertThat(find(new SessionId("nowhere"))).isEmpty();
    }

    /** As the motion's handler asks: inside a unit of work. */
    private Optional<SessionRoll> find(SessionId session) {
        @SuppressWarnings("unchecked")
        Optional<SessionRoll> found = (Optional<SessionRoll>) DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> rolls.find(session)).getPayload();
        return found;
    }
}
