package org.yishi.web.observability;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.yishi.web.RunningApplication;
import org.yishi.web.live.StompClient;
import org.yishi.web.motion.MotionDriver;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an operator's Prometheus scrapes from a running node after real commands, by name and value. */
class MetricsScrapeTest extends RunningApplication {

    private static final String FINAL = """
            "method":"YES_NO_ABSTAIN","abstainAllowed":true,"secrecy":"NAMED","unit":"PERSON","changeable":false""";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
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
    SearchMetrics search;
    @Autowired
    EventProcessingConfiguration processing;

    TestCommunity community;
    SessionDriver sessions;
    MotionDriver motions;

    @BeforeEach
    void aCommunityWhoseDirectoryIsUpToDate() {
        community = new TestCommunity(commands, credentials, users);
        sessions = new SessionDriver(mvc, community);
        sessions.awaitMembers(queries);
        motions = new MotionDriver(sessions, community);
    }

    private Scrape scrape() {
        return Scrape.of(http.getForObject("/actuator/prometheus", String.class));
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels).orElse(0) - before.value(name, labels).orElse(0);
    }

    @Test
    void afterAVoteWatchedOnALiveBoardEveryOperatorMetricIsScrapedWithWhatHappened() throws Exception {
        // given a session under way, watched on a phone, and what the node had counted so far
        MotionDriver.Running session = motions.running(List.of(community.zhang, community.li));
        Scrape before = scrape();
        try (StompClient phone = StompClient.signedIn(port, SessionDriver.signIn(port, community.chen, credentials,
                                                                                  passwords), json)) {
            phone.board(session.sessionId());

            // when a vote is opened, two ballots are stored and a third is refused, and the archive is searched
            String motion = motions.open(session, "增设夜间巡逻", FINAL);
            motions.vote(community.zhang, motion, "YES", "m-1").andExpect(status().isNoContent());
            motions.vote(community.li, motion, "NO", "m-2").andExpect(status().isNoContent());
            motions.vote(community.zhang, motion, "NO", "m-3").andExpect(status().isUnprocessableEntity());
            search.record(Duration.ofMillis(40));

            // then the scrape has each of them, with values that follow from what was done
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Scrape after = scrape();
                assertThat(delta(before, after, "yishi_commands_seconds_count",
                                 "command", "CastBallots", "outcome", "accepted")).isGreaterThanOrEqualTo(2);
                assertThat(delta(before, after, "yishi_ballots_cast_total", "outcome", "stored")).isEqualTo(2);
                assertThat(delta(before, after, "yishi_ballots_cast_total", "outcome", "refused")).isEqualTo(1);
                assertThat(delta(before, after, "yishi_eventstore_events_appended_total")).isGreaterThanOrEqualTo(3);
                assertThat(delta(before, after, "yishi_eventstore_commits_total", "outcome", "stored"))
                        .isGreaterThanOrEqualTo(3);
                assertThat(delta(before, after, "yishi_eventstore_commit_latency_seconds_count"))
                        .isGreaterThanOrEqualTo(3);
                assertThat(after.value("yishi_eventstore_commit_latency_seconds_max").orElseThrow())
                        .isPositive().isLessThan(30);
                assertThat(after.value("yishi_eventstore_gaps_waiting").orElseThrow()).isGreaterThanOrEqualTo(0);
                assertThat(after.has("yishi_eventstore_gaps_given_up_total")).isTrue();
                assertThat(after.value("yishi_live_clients").orElseThrow()).isGreaterThanOrEqualTo(1);
                assertThat(delta(before, after, "yishi_board_push_latency_seconds_count")).isPositive();
                assertThat(delta(before, after, "yishi_search_seconds_count")).isEqualTo(1);
                assertThat(after.value("yishi_search_seconds_max").orElseThrow()).isGreaterThanOrEqualTo(0.04);
                for (String processor : processing.eventProcessors().keySet()) {
                    assertThat(after.value("yishi_processor_lag_positions", "processor", processor))
                            .as(processor).isPresent();
                    assertThat(after.value("yishi_processor_lag_seconds", "processor", processor))
                            .as(processor).isPresent();
                }
                assertThat(after.value("yishi_processor_lag_positions", "processor", "meeting-board").orElseThrow())
                        .isZero();
                assertThat(after.value("yishi_processor_lag_seconds", "processor", "meeting-board").orElseThrow())
                        .isZero();
            });
            // no tag names a person, a session or a motion
            assertThat(http.getForObject("/actuator/prometheus", String.class))
                    .doesNotContain(session.sessionId()).doesNotContain(motion)
                    .doesNotContain(community.zhang.value()).doesNotContain(community.id.value());
        }
    }

    @Test
    void aStoppedProcessorIsReportedBehindInPositionsAndInSecondsAndTheNodeNotReadyUntilItCatchesUp() throws Exception {
        // given the session list caught up
        StreamingEventProcessor list = processing.eventProcessor("session-list", StreamingEventProcessor.class)
                                                 .orElseThrow();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(scrape().value("yishi_processor_lag_positions", "processor", "session-list")
                                         .orElseThrow()).isZero());
        list.shutDown();
        try {
            // when a session is scheduled while it is stopped
            sessions.schedule(false);

            // then it is behind by at least that commit, for longer and longer
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Scrape now = scrape();
                assertThat(now.value("yishi_processor_lag_positions", "processor", "session-list").orElseThrow())
                        .isGreaterThanOrEqualTo(1);
                assertThat(now.value("yishi_processor_lag_seconds", "processor", "session-list").orElseThrow())
                        .isGreaterThanOrEqualTo(1.0);
            });
            // and the node is alive but not ready
            assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value())
                    .isEqualTo(503);
            assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value())
                    .isEqualTo(200);
        } finally {
            list.start();
        }
        // and back to nothing once it runs again
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Scrape now = scrape();
            assertThat(now.value("yishi_processor_lag_positions", "processor", "session-list").orElseThrow())
                    .isZero();
            assertThat(now.value("yishi_processor_lag_seconds", "processor", "session-list").orElseThrow())
                    .isZero();
            assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value())
                    .isEqualTo(200);
        });
    }

    @Test
    void aProcessorWhoseTokensWereResetIsReportedAsReplayingUntilItHasCaughtUpAgain() throws Exception {
        // given the session list caught up and stopped
        StreamingEventProcessor list = processing.eventProcessor("session-list", StreamingEventProcessor.class)
                                                 .orElseThrow();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(scrape().value("yishi_processor_lag_positions", "processor", "session-list")
                                         .orElseThrow()).isZero());
        list.shutDown();
        try {
            // when its tokens are reset to rebuild it
            list.resetTokens();

            // then its stored tokens say it is replaying (read again within a second)
            await().atMost(Duration.ofSeconds(10)).untilAsserted(
                    () -> assertThat(http.getForObject("/actuator/health/eventProcessors", String.class))
                            .contains("\"session-list\":{\"running\":false,\"error\":false,")
                            .containsPattern("\"session-list\":\\{[^}]*\"replaying\":true"));
        } finally {
            list.start();
        }
        // and once it has caught up and handled an event it had not seen before the reset (Axon ends a replay
        // there), it is an ordinary processor again
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(scrape().value("yishi_processor_lag_positions", "processor", "session-list")
                                         .orElseThrow()).isZero());
        sessions.schedule(false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(http.getForObject("/actuator/health/eventProcessors", String.class))
                        .containsPattern("\"session-list\":\\{\"running\":true,\"error\":false,"
                                         + "\"lagPositions\":0,\"lagSeconds\":0.0}"));
    }
}
