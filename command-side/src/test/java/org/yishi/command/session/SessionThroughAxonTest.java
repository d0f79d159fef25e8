package org.yishi.command.session;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.EndTurn;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.GiveFloor;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.RequestFloor;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.StartItem;
import org.yishi.command.api.session.TurnEndReason;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.command.deadline.MongoDeadlineManager;
import org.yishi.command.deadline.MovableClock;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.command.proposal.AgendaProposals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
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
 * registered components, and the application's deadline manager, which keeps deadlines on the (embedded) store.
 */
class SessionThroughAxonTest {

    @TempDir
    Path directory;

    private final MovableClock clock = new MovableClock(at(7));
    private EmbeddedMongoServer store;
    private MongoClient client;
    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        store = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(store.connectionString());
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureSerializer(c -> EventSerializers.jackson())
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .configureAggregate(Session.class)
                                .registerComponent(CommunityRegisters.class, c -> Square.registers())
                                .registerComponent(AgendaProposals.class, c -> Square.proposals())
                                .configureDeadlineManager(c -> MongoDeadlineManager.builder()
                                                                                   .deadlines(deadlines())
                                                                                   .serializer(c.serializer())
                                                                                   .scopeAwareProvider(
                                                                                           c.scopeAwareProvider())
                                                                                   .clock(clock)
                                                                                   .pollInterval(Duration.ofMillis(10))
                                                                                   .build())
                                .buildConfiguration();
        // created before start, so that its poller starts with Axon's lifecycle, as in the application
        axon.deadlineManager();
        axon.start();
        commands = axon.commandGateway();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        client.close();
        store.close();
    }

    private MongoCollection<Document> deadlines() {
        return client.getDatabase("yishi").getCollection("deadlines");
    }

    private void runUpToTheFirstSpeaker() {
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
    }

    @Test
    void theFirstSpeakersTurnEndsWhenTheStoredDeadlineFallsDue() {
        runUpToTheFirstSpeaker();

        List<Object> events = events();
        assertThat(events).filteredOn(ParticipantCheckedIn.class::isInstance).hasSize(1);
        assertThat(events).last().isEqualTo(new FloorGiven(SESSION, NOISE_ITEM, LI, false, null,
                                                           at(7 + SPEAKING_SECONDS), MODERATOR, at(7)));
        assertThat(axon.deadlineManager()).isInstanceOf(MongoDeadlineManager.class);
        Document deadline = deadlines().find().first();
        assertThat(deadline.getString("name")).isEqualTo(SpeakingTimeUp.DEADLINE);
        assertThat(deadline.getDate("due").toInstant()).isEqualTo(at(7 + SPEAKING_SECONDS));

        clock.advance(Duration.ofSeconds(SPEAKING_SECONDS + 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> events().get(events().size() - 1) instanceof TurnEnded);
        assertThat(events()).last().isEqualTo(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.TIME_UP,
                                                            at(7 + SPEAKING_SECONDS)));
        // the poller deletes the document once the handler's unit of work is over, a moment after the event
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deadlines().countDocuments()).isZero());
    }

    @Test
    void aTurnEndedEarlyLeavesNoDeadlineBehind() {
        runUpToTheFirstSpeaker();
        assertThat(deadlines().countDocuments()).isEqualTo(1);

        commands.sendAndWait(new EndTurn(SESSION, LI, at(60)));

        assertThat(events()).last().isEqualTo(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.BY_SPEAKER, at(60)));
        assertThat(deadlines().countDocuments()).isZero();
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
