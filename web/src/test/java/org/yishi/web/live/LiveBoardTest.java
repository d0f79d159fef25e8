package org.yishi.web.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.yishi.query.api.meetingboard.BoardSections;
import org.yishi.query.api.meetingboard.BoardUpdate;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.web.RunningApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LiveBoardTest extends RunningApplication {

    @LocalServerPort
    int port;
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
    PasswordEncoder passwords;
    @Autowired
    ObjectMapper json;
    @Autowired
    MeterRegistry meters;

    TestCommunity community;
    SessionDriver driver;

    @BeforeEach
    void aCommunityWhoseDirectoryIsUpToDate() {
        community = new TestCommunity(commands, credentials, users);
        driver = new SessionDriver(mvc, community);
        driver.awaitMembers(queries);
    }

    private StompClient phoneOf(org.yishi.command.api.community.PersonId person) throws Exception {
        return StompClient.signedIn(port, SessionDriver.signIn(port, person, credentials, passwords), json);
    }

    private SessionBoard boardAsStored(String sessionId) throws Exception {
        return json.readValue(driver.as(community.wang, get("/api/sessions/" + sessionId + "/board"), null)
                                    .andReturn().getResponse().getContentAsString(), SessionBoard.class);
    }

    /** Waits until the board reflects everything sent so far, recognised by a condition on it. */
    private long settled(String sessionId, String jsonPath, Object value) throws Exception {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> driver.as(community.wang, get("/api/sessions/" + sessionId + "/board"), null)
                            .andExpect(jsonPath(jsonPath).value(value)));
        return driver.boardPosition(sessionId);
    }

    private static BoardSections applied(BoardSections shown, long shownAt, List<BoardUpdate> updates) {
        BoardSections result = shown;
        for (BoardUpdate update : updates) {
            if (update.position() > shownAt) {
                result = result.then(update.changed());
            }
        }
        return result;
    }

    private static void strictlyIncreasing(List<BoardUpdate> updates) {
        assertThat(updates).extracting(BoardUpdate::position).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aResidentsPhoneSeesEveryChangeOfTheSessionInPositionOrderAndEndsWithTheBoardAsStored() throws Exception {
        SessionDriver.Scheduled session = driver.schedule(false);
        String id = session.sessionId();
        try (StompClient phone = phoneOf(community.zhang)) {
            StompClient.Subscription board = phone.board(id);
            CatchUp start = phone.catchUp(id, -1);
            assertThat(start.kind()).isEqualTo("snapshot");
            assertThat(start.board().sections().header().title()).isEqualTo("六月党群议事日");

            String item = driver.addItem(id, "电动车充电桩");
            driver.done(community.wang, "/api/sessions/" + id + "/agenda/publish", null);
            driver.checkInOnline(id, community.zhang);
            driver.checkInOnline(id, community.li);
            driver.done(community.wang, "/api/sessions/" + id + "/open", null);
            driver.done(community.wang, "/api/sessions/" + id + "/items/" + item + "/start", null);
            driver.done(community.zhang, "/api/sessions/" + id + "/floor", null);
            driver.done(community.wang, "/api/sessions/" + id + "/floor/give",
                        "{\"speakerId\":\"" + community.zhang.value() + "\"}");
            driver.as(community.li, put("/api/sessions/" + id + "/position"), """
                    {"stance":"SUPPORT","reason":"方便老人充电"}""").andExpect(status().isNoContent());
            long last = settled(id, "$.sections.positions.support", 1);

            List<BoardUpdate> pushed = board.updatesUntil(last);

            strictlyIncreasing(pushed);
            assertThat(pushed).allSatisfy(update -> assertThat(update.sessionId()).isEqualTo(id));
            assertThat(pushed.get(pushed.size() - 1).position()).isEqualTo(last);
            BoardSections shown = applied(start.board().sections(), start.board().position(), pushed);
            assertThat(shown).isEqualTo(boardAsStored(id).sections());
            assertThat(shown.speakers().current().name()).isEqualTo("张阿姨");
            assertThat(shown.positions().latest()).extracting("reason").containsExactly("方便老人充电");
            assertThat(shown.agenda().currentItemId()).isEqualTo(item);
        }
    }

    @Test
    void aPhoneThatReconnectsGetsExactlyTheUpdatesItMissedInOrderOrASnapshotWhenItHasNothing() throws Exception {
        String id = driver.schedule(false).sessionId();
        String item = driver.addItem(id, "楼道堆物清理");
        BoardSections shown;
        long shownAt;
        try (StompClient phone = phoneOf(community.zhang)) {
            StompClient.Subscription board = phone.board(id);
            CatchUp start = phone.catchUp(id, -1);
            driver.checkInOnline(id, community.zhang);
            long checkedIn = settled(id, "$.sections.presence.attendees", 1);
            List<BoardUpdate> pushed = board.updatesUntil(checkedIn);
            shown = applied(start.board().sections(), start.board().position(), pushed);
            shownAt = checkedIn;
        }

        driver.checkInOnline(id, community.li);
        driver.done(community.wang, "/api/sessions/" + id + "/open", null);
        driver.done(community.wang, "/api/sessions/" + id + "/items/" + item + "/start", null);
        long missedUpTo = settled(id, "$.sections.agenda.currentItemId", item);

        try (StompClient phone = phoneOf(community.zhang)) {
            StompClient.Subscription board = phone.board(id);
            CatchUp caughtUp = phone.catchUp(id, shownAt);

            assertThat(caughtUp.kind()).isEqualTo("updates");
            assertThat(caughtUp.updates()).hasSize(3);
            strictlyIncreasing(caughtUp.updates());
            assertThat(caughtUp.updates().get(0).position()).isGreaterThan(shownAt);
            assertThat(caughtUp.updates().get(2).position()).isEqualTo(missedUpTo);
            assertThat(applied(shown, shownAt, caughtUp.updates())).isEqualTo(boardAsStored(id).sections());

            CatchUp fromNothing = phone.catchUp(id, -1);
            assertThat(fromNothing.kind()).isEqualTo("snapshot");
            assertThat(fromNothing.board().position()).isEqualTo(missedUpTo);

            driver.done(community.li, "/api/sessions/" + id + "/floor", null);
            long asked = settled(id, "$.sections.speakers.waiting.length()", 1);
            List<BoardUpdate> later = board.updatesUntil(asked);
            assertThat(later).extracting(BoardUpdate::position).allSatisfy(
                    position -> assertThat(position).isGreaterThan(missedUpTo));
            assertThat(later.get(later.size() - 1).changed().speakers().waiting()).extracting("name")
                                                                                  .containsExactly("李师傅");
        }
    }

    @Test
    void someoneOutsideTheCommunityIsRefusedABoardThatIsNotPublicInBothLanguages() throws Exception {
        String id = driver.schedule(false).sessionId();
        try (StompClient stranger = phoneOf(community.outsider)) {
            stranger.board(id);
            StompHeaders error = stranger.error();
            assertThat(error.getFirst("message")).contains("只有本社区的成员").contains("Only members of this community");
        }
        try (StompClient anonymous = StompClient.anonymous(port, json)) {
            anonymous.subscribe("/app/sessions/" + id + "/board/since/-1");
            assertThat(anonymous.error().getFirst("message")).contains("Only members of this community");
        }
    }

    @Test
    void anyoneMayWatchAPublicBoardButNobodyMaySendToIt() throws Exception {
        String id = driver.schedule(true).sessionId();
        double messagesBefore = meters.get("yishi.board.messages").counter().count();
        long timedBefore = meters.get("yishi.board.push.latency").timer().count();
        try (StompClient projector = StompClient.anonymous(port, json)) {
            StompClient.Subscription board = projector.board(id);
            assertThat(projector.catchUp(id, -1).board().sections().header().publicBoard()).isTrue();
            assertThat(meters.get("yishi.live.clients").gauge().value()).isGreaterThanOrEqualTo(1);
            String item = driver.addItem(id, "加装电梯");
            long added = settled(id, "$.sections.agenda.items.length()", 1);
            assertThat(board.updatesUntil(added).get(0).changed().agenda().items()).extracting("itemId")
                                                                                 .containsExactly(item);
            assertThat(meters.get("yishi.board.messages").counter().count()).isGreaterThan(messagesBefore);
            assertThat(meters.get("yishi.board.push.latency").timer().count()).isGreaterThan(timedBefore);
        }
        try (StompClient watcher = StompClient.anonymous(port, json);
             StompClient forger = StompClient.anonymous(port, json)) {
            StompClient.Subscription watched = watcher.board(id);
            watcher.catchUp(id, -1);
            forger.send("/topic/sessions/" + id + "/board", "{\"sessionId\":\"" + id + "\",\"position\":999999}");
            // Spring closes the connection right after the ERROR frame, and may close it before a frame still
            // queued behind another is written: the refusal is the closed connection, its text when it arrives
            await().atMost(Duration.ofSeconds(20)).until(() -> !forger.connected());
            forger.errorIfAny().ifPresent(error -> assertThat(error.getFirst("message")).contains("only receives"));
            driver.addItem(id, "楼道堆物");
            long settled = settled(id, "$.sections.agenda.items.length()", 2);
            assertThat(watched.updatesUntil(settled)).extracting(BoardUpdate::position)
                                                     .doesNotContain(999999L).isSorted();
        }
    }

    @Test
    void aSubscriptionToAnythingElseIsRefused() throws Exception {
        try (StompClient curious = StompClient.anonymous(port, json)) {
            curious.subscribe("/topic/anything");
            assertThat(curious.error().getFirst("message")).contains("不能订阅").contains("may not subscribe");
        }
    }
}
