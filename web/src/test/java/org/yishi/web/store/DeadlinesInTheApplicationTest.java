package org.yishi.web.store;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.GiveFloor;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.RequestFloor;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.StartItem;
import org.yishi.command.api.session.TurnEndReason;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.command.deadline.MongoDeadlineManager;
import org.yishi.web.RunningApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The application keeps its deadlines in the store and its poller runs: a speaker's time ends on the server. */
class DeadlinesInTheApplicationTest extends RunningApplication {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    Credentials credentials;
    @Autowired
    UserDetailsService users;
    @Autowired
    DeadlineManager deadlines;
    @Autowired
    EventStore events;
    @Autowired
    MongoDatabase database;

    @Test
    void aSpeakersTurnEndsWhenItsStoredDeadlineFallsDue() throws Exception {
        assertThat(deadlines).isInstanceOf(MongoDeadlineManager.class);
        TestCommunity community = new TestCommunity(commands, credentials, users);
        SessionDriver driver = new SessionDriver(mvc, community);
        driver.awaitMembers(queries);
        SessionDriver.Scheduled scheduled = driver.schedule(false);
        SessionId session = new SessionId(scheduled.sessionId());
        AgendaItemId item = new AgendaItemId(driver.addItem(scheduled.sessionId(), "广场舞噪音"));
        driver.checkInOnline(scheduled.sessionId(), community.li);
        // the floor was given just over the 120 seconds of speaking time ago, so the turn is already over
        Instant given = Instant.now().minusSeconds(121);
        commands.sendAndWait(new OpenSession(session, community.wang, given.minusSeconds(2)));
        commands.sendAndWait(new StartItem(session, item, community.wang, given.minusSeconds(1)));
        commands.sendAndWait(new RequestFloor(session, community.li, given.minusMillis(500)));
        commands.sendAndWait(new GiveFloor(session, community.li, null, community.wang, given));

        await().atMost(Duration.ofSeconds(20)).until(() -> last(session) instanceof TurnEnded);
        assertThat(last(session)).isEqualTo(new TurnEnded(session, item, community.li, TurnEndReason.TIME_UP,
                                                          given.plusSeconds(120)));
        // the poller deletes a deadline's document once its handler has run, a moment after the event is stored;
        // other tests' sessions on this application may hold turns of their own
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                database.getCollection("deadlines").find(eq("name", "speaking-time"))
                        .map(deadline -> deadline.getString("scope")).into(new ArrayList<>()))
                .noneMatch(scope -> scope.contains(session.value())));
    }

    private Object last(SessionId session) {
        List<? extends Message<?>> stored = events.readEvents(session.value()).asStream().toList();
        return stored.get(stored.size() - 1).getPayload();
    }
}
