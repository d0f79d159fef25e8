package org.yishi.web.motion;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.web.YishiApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One person, one vote under concurrency, through the whole stack: the same voter sends 50 ballots at once over HTTP,
 * half to each of two application nodes sharing one store, and exactly one ballot counts (the one stored last, where
 * changes are allowed); 50 copies of one request (one idempotency key) count once.
 */
class SimultaneousBallotsTest {

    private static final int BALLOTS = 50;

    private static EmbeddedMongoServer store;
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                                                     .connectTimeout(Duration.ofSeconds(10)).build();

    private TestCommunity community;
    private Node chairOnOne;
    private Node voterOnOne;
    private Node voterOnTwo;
    private String session;
    private String item;
    private String motionId;

    @BeforeAll
    static void twoNodesOnOneStore() throws Exception {
        Path directory = Files.createTempDirectory("yishi-ballots-test");
        store = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        one = node(store.connectionString() + "/yishi");
        two = node(store.connectionString() + "/yishi");
    }

    @AfterAll
    static void stop() throws Exception {
        two.close();
        one.close();
        store.close();
    }

    private static ConfigurableApplicationContext node(String uri) {
        return new SpringApplicationBuilder(YishiApplication.class)
                .run("--server.port=0", "--yishi.store.uri=" + uri, "--yishi.demo.enabled=false");
    }

    @BeforeEach
    void aResidentCheckedInToASessionWhoseItemIsPutToTheVote() throws Exception {
        community = new TestCommunity(one.getBean(CommandGateway.class), one.getBean(Credentials.class),
                                      one.getBean(UserDetailsService.class));
        chairOnOne = Node.signIn(one, community.wang);
        voterOnOne = Node.signIn(one, community.zhang);
        voterOnTwo = Node.signIn(two, community.zhang);
        session = JsonPath.read(chairOnOne.send("POST", "/api/communities/" + community.id + "/sessions", """
                {"kind":"DELIBERATION_DAY","title":"并发表决","startsAt":"2026-06-06T01:00:00Z","place":"活动室",
                 "format":"HYBRID","moderatorId":"%s","invitedGroups":[],"speakingSeconds":120,"publicBoard":false}"""
                .formatted(community.wang.value()), 201).body(), "$.sessionId");
        item = JsonPath.read(chairOnOne.send("POST", "/api/sessions/" + session + "/agenda",
                                                    "{\"title\":\"加装电梯\",\"plannedMinutes\":20}", 201).body(),
                                    "$.itemId");
        chairOnOne.send("POST", "/api/sessions/" + session + "/open", null, 204);
        chairOnOne.send("POST", "/api/sessions/" + session + "/items/" + item + "/start", null, 204);
        voterOnOne.send("POST", "/api/sessions/" + session + "/check-in", "{}", 204);
        // the moderator opens the vote from the console, which shows the board with its running item
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> item.equals(JsonPath.read(
                chairOnOne.send("GET", "/api/sessions/" + session + "/board", null, 200).body(),
                "$.sections.agenda.currentItemId")));
    }

    private void open(boolean changeable) throws Exception {
        motionId = JsonPath.read(chairOnOne.send("POST", "/api/sessions/" + session + "/motions", """
                {"itemId":"%s","question":"是否加装电梯","method":"YES_NO_ABSTAIN","abstainAllowed":true,
                 "secrecy":"NAMED","unit":"PERSON","changeable":%s}""".formatted(item, changeable), 201).body(),
                                 "$.motionId");
    }

    @Test
    void fiftyDifferentBallotsAtOnceOnTwoNodesLeaveOneCountedAndOnlyTheSameAnswerAccepted() throws Exception {
        open(false);
        List<Answer> answers = sendAtOnce(n -> n % 2 == 0 ? "YES" : "NO", n -> "tap-" + n);
        Map<String, Object> tally = closedTally();

        assertThat((Integer) JsonPath.read(tally, "$.counted.ballots")).isEqualTo(1);
        String counted = ((Integer) JsonPath.read(tally, "$.counted.counts.YES")) == 1 ? "YES" : "NO";
        assertThat((Integer) JsonPath.read(tally, "$.counted.counts." + (counted.equals("YES") ? "NO" : "YES")))
                .isZero();
        // the first ballot stored fixed the vote: every ballot answered as done said the same
        assertThat(answers).filteredOn(answer -> answer.status() == 204).isNotEmpty()
                           .allSatisfy(answer -> assertThat(answer.option()).isEqualTo(counted));
        assertThat(answers).filteredOn(answer -> answer.status() != 204)
                           .allSatisfy(answer -> assertThat(answer.status()).isIn(409, 422, 503));
    }

    @Test
    void fiftyChangesAtOnceOnTwoNodesLeaveOneCountedBallotTheVotersLatest() throws Exception {
        open(true);
        List<Answer> answers = sendAtOnce(n -> List.of("YES", "NO", "ABSTAIN").get(n % 3), n -> "change-" + n);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> JsonPath.read(
                voterOnOne.send("GET", "/api/motions/" + motionId, null, 200).body(), "$.voted"));
        String latest = awaitSettledOption();
        Map<String, Object> tally = closedTally();

        assertThat((Integer) JsonPath.read(tally, "$.counted.ballots")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(tally, "$.counted.counts." + latest)).isEqualTo(1);
        assertThat((Boolean) JsonPath.read(tally, "$.agrees")).isTrue();
        assertThat(answers).filteredOn(answer -> answer.status() == 204).extracting(Answer::option).contains(latest);
    }

    @Test
    void fiftyCopiesOfOneRequestOnTwoNodesCountOnce() throws Exception {
        open(true);
        List<Answer> answers = sendAtOnce(n -> "YES", n -> "the-same-request");
        Map<String, Object> tally = closedTally();

        assertThat(answers).extracting(Answer::status).contains(204);
        assertThat((Integer) JsonPath.read(tally, "$.counted.ballots")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(tally, "$.counted.counts.YES")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(tally, "$.result.tally.ballots")).isEqualTo(1);
    }

    /** The voter's option as their ballot view shows it once the view has taken in every stored ballot. */
    /** The option of the voter's ballot stored last, as the motion's own stream has it. */
    private String storedLatestOption() {
        List<BallotCast> cast = one.getBean(EventStore.class).readEvents(motionId).asStream()
                                   .map(Message::getPayload).filter(BallotCast.class::isInstance)
                                   .map(BallotCast.class::cast).toList();
        return cast.get(cast.size() - 1).option();
    }

    /** The phone on the other node comes to show that same ballot as the voter's. */
    private String awaitSettledOption() {
        String latest = storedLatestOption();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> latest.equals(JsonPath.read(
                voterOnTwo.send("GET", "/api/motions/" + motionId, null, 200).body(), "$.myOption")));
        return latest;
    }

    private Map<String, Object> closedTally() throws Exception {
        chairOnOne.send("POST", "/api/motions/" + motionId + "/close", null, 204);
        Map<String, Object>[] tally = new Map[1];
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            tally[0] = JsonPath.read(chairOnOne.send("GET", "/api/motions/" + motionId + "/tally", null, 200).body(),
                                     "$");
            return "CLOSED".equals(tally[0].get("status")) && tally[0].get("counted") != null;
        });
        return tally[0];
    }

    private List<Answer> sendAtOnce(IntFunction<String> option, IntFunction<String> key) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(BALLOTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Answer>> sent = new ArrayList<>();
            for (int n = 0; n < BALLOTS; n++) {
                Node node = n % 2 == 0 ? voterOnOne : voterOnTwo;
                String chosen = option.apply(n);
                String idempotencyKey = key.apply(n);
                sent.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        HttpResponse<String> response = node.ballot(motionId, chosen, idempotencyKey);
                        return new Answer(chosen, response.statusCode());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, senders));
            }
            start.countDown();
            return sent.stream().map(CompletableFuture::join).toList();
        } finally {
            senders.shutdown();
        }
    }

    private record Answer(String option, int status) {
    }

    /** One signed-in browser on one node: its session cookie and a CSRF token of its own, sent as cookie and header. */
    private static final class Node {

        private final int port;
        private final String cookie;
        private final String csrf = UUID.randomUUID().toString();

        private Node(int port, String cookie) {
            this.port = port;
            this.cookie = cookie;
        }

        static Node signIn(ConfigurableApplicationContext node, PersonId person) throws Exception {
            int port = node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            return new Node(port, SessionDriver.signIn(
                    port, person, node.getBean(Credentials.class), node.getBean(PasswordEncoder.class)));
        }

        HttpResponse<String> send(String method, String path, String json, int expected) throws Exception {
            HttpResponse<String> response = HTTP.send(request(path).method(method, json == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                                                      HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
            return response;
        }

        HttpResponse<String> ballot(String motionId, String option, String key) throws Exception {
            return HTTP.send(request("/api/motions/" + motionId + "/ballot").header("Idempotency-Key", key)
                                     .PUT(HttpRequest.BodyPublishers.ofString("{\"option\":\"" + option + "\"}"))
                                     .build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                              .timeout(Duration.ofSeconds(60))
                              .header("Content-Type", "application/json").header("Accept", "application/json")
                              .header("Cookie", cookie + "; XSRF-TOKEN=" + csrf).header("X-XSRF-TOKEN", csrf);
        }
    }
}
