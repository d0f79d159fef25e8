package org.yishi.web.motion;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yishi.web.RunningApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class VotingFlowTest extends RunningApplication {

    private static final String CHANGEABLE = """
            "method":"YES_NO_ABSTAIN","abstainAllowed":true,"secrecy":"NAMED","unit":"PERSON","changeable":true""";
    private static final String FINAL = """
            "method":"YES_NO_ABSTAIN","abstainAllowed":true,"secrecy":"NAMED","unit":"PERSON","changeable":false""";

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

    TestCommunity community;
    SessionDriver sessions;
    MotionDriver motions;

    @BeforeEach
    void aCommunityWithASessionUnderWay() {
        community = new TestCommunity(commands, credentials, users);
        sessions = new SessionDriver(mvc, community);
        sessions.awaitMembers(queries);
        motions = new MotionDriver(sessions, community);
    }

    @Test
    void aResidentVotesWithOneTapChangesTheVoteAndTheCountHasOnlyTheLatest() throws Exception {
        MotionDriver.Running session = motions.running(List.of(community.zhang, community.li, community.chen));
        String motion = motions.open(session, "广场舞晚上九点前结束", CHANGEABLE);
        motions.awaitBallot(community.zhang, motion, "OPEN");
        motions.ballot(community.zhang, motion)
               .andExpect(jsonPath("$.onRoll").value(true))
               .andExpect(jsonPath("$.mayVote").value(true))
               .andExpect(jsonPath("$.voted").value(false))
               .andExpect(jsonPath("$.options[0].key").value("YES"));

        motions.vote(community.zhang, motion, "YES", "tap-1").andExpect(status().isNoContent());
        motions.vote(community.li, motion, "YES", "tap-1").andExpect(status().isNoContent());
        motions.vote(community.zhang, motion, "NO", "tap-2").andExpect(status().isNoContent());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> motions.ballot(community.zhang, motion)
                             .andExpect(jsonPath("$.voted").value(true))
                             .andExpect(jsonPath("$.myOption").value("NO"))
                             .andExpect(jsonPath("$.mayVote").value(true)));
        // the board shows turnout while the vote is open, and no counts
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> sessions.as(community.chen, get("/api/sessions/" + session.sessionId() + "/board"), null)
                              .andExpect(jsonPath("$.sections.vote.motionId").value(motion))
                              .andExpect(jsonPath("$.sections.vote.turnout").value(2))
                              .andExpect(jsonPath("$.sections.vote.eligible").value(3))
                              .andExpect(jsonPath("$.sections.vote.result").doesNotExist()));

        motions.close(motion);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> motions.tally(motion)
                             .andExpect(jsonPath("$.status").value("CLOSED"))
                             .andExpect(jsonPath("$.counted.counts.YES").value(1))
                             .andExpect(jsonPath("$.counted.counts.NO").value(1))
                             .andExpect(jsonPath("$.counted.ballots").value(2))
                             .andExpect(jsonPath("$.agrees").value(true)));
        // the ballot view is a projection of its own, which may trail the count
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> motions.ballot(community.chen, motion)
                             .andExpect(jsonPath("$.result.outcome").value("NOT_PASSED"))
                             .andExpect(jsonPath("$.result.explanation.chinese").isNotEmpty()));
        // the minutes record the vote on its item, with the rule applied
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> sessions.as(community.chen, get("/sessions/" + session.sessionId() + "/minutes"), null)
                              .andExpect(status().isOk())
                              .andExpect(content().string(containsString("data-motion=\"" + motion + "\""))));
    }

    @Test
    void aRetryOfTheSameBallotRequestIsAnsweredAgainAndCountedOnceWhileANewOneCannotChangeAFinalVote()
            throws Exception {
        MotionDriver.Running session = motions.running(List.of(community.zhang, community.li));
        String motion = motions.open(session, "增设夜间巡逻", FINAL);

        motions.vote(community.zhang, motion, "YES", "request-7").andExpect(status().isNoContent());
        motions.vote(community.zhang, motion, "YES", "request-7").andExpect(status().isNoContent());
        motions.vote(community.zhang, motion, "NO", "request-8")
               .andExpect(status().isUnprocessableEntity())
               .andExpect(jsonPath("$.messages.en", containsString("does not allow changes")));

        motions.close(motion);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> motions.tally(motion)
                             .andExpect(jsonPath("$.counted.counts.YES").value(1))
                             .andExpect(jsonPath("$.counted.counts.NO").value(0))
                             .andExpect(jsonPath("$.counted.ballots").value(1))
                             .andExpect(jsonPath("$.result.tally.ballots").value(1)));
    }

    @Test
    void theCommitteeOpensAnOnlineVoteFromItsPageAndAResidentFindsItOnTheCommunityHome() throws Exception {
        String closesAt = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3)
                                                 .withNano(0).toString();
        MvcResult opened = sessions.as(community.wang, post("/communities/" + community.id + "/motions")
                                              .param("question", "是否增设电动车充电桩").param("method", "YES_NO_ABSTAIN")
                                              .param("passing", "HALF_CAST").param("electorate", "ADULT_RESIDENTS")
                                              .param("unit", "PERSON").param("secrecy", "SECRET")
                                              .param("changeable", "true").param("closesAt", closesAt), null)
                                  .andExpect(status().is3xxRedirection()).andReturn();
        String location = opened.getResponse().getRedirectedUrl();
        assertThat(location).as("refused: %s", opened.getFlashMap().get("error"))
                                       .startsWith("/motions/");
        String motion = location.substring("/motions/".length());
        motions.awaitBallot(community.zhang, motion, "OPEN");
        motions.ballot(community.zhang, motion)
               .andExpect(jsonPath("$.secrecy").value("SECRET"))
               .andExpect(jsonPath("$.unit").value("PERSON"))
               .andExpect(jsonPath("$.mayVote").value(true))
               .andExpect(jsonPath("$.closesAt").isNotEmpty());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> sessions.as(community.zhang, get("/communities/" + community.id), null)
                              .andExpect(content().string(containsString("/motions/" + motion))));
        sessions.as(community.zhang, get("/motions/" + motion), null)
                .andExpect(content().string(containsString("是否增设电动车充电桩")));
    }

    @Test
    void anOnlineVoteThroughTheApiNeedsADeadlineAndTakesConsentWithAReasonForAnObjection() throws Exception {
        String path = "/api/communities/" + community.id + "/motions";
        sessions.as(community.wang, post(path).header("Accept-Language", "en"), """
                {"question":"楼道堆物清理方案","method":"CONSENT","secrecy":"NAMED","unit":"PERSON",
                 "electorate":"ADULT_RESIDENTS","changeable":true}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value("An online vote needs a deadline"));
        sessions.as(community.zhang, post(path), """
                {"question":"楼道堆物清理方案","method":"CONSENT","secrecy":"NAMED","unit":"PERSON",
                 "electorate":"ADULT_RESIDENTS","changeable":true,"closesAt":"2099-01-01T00:00:00Z"}""")
                .andExpect(status().isForbidden());
        String motion = JsonPath.read(sessions.as(community.wang, post(path), """
                {"question":"楼道堆物清理方案","method":"CONSENT","secrecy":"NAMED","unit":"PERSON",
                 "electorate":"ADULT_RESIDENTS","changeable":true,"closesAt":"2099-01-01T00:00:00Z"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.motionId");

        sessions.as(community.li, put("/api/motions/" + motion + "/ballot").header("Idempotency-Key", "o-1"),
                    "{\"option\":\"OBJECT\"}")
                .andExpect(status().isUnprocessableEntity());
        sessions.as(community.li, put("/api/motions/" + motion + "/ballot").header("Idempotency-Key", "o-2"),
                    "{\"option\":\"OBJECT\",\"reason\":\"老人行动不便，需要帮忙搬\"}")
                .andExpect(status().isNoContent());
        motions.vote(community.zhang, motion, "CONSENT", "c-1").andExpect(status().isNoContent());
        // under the residents' meeting rules more than half of the four residents must take part
        motions.vote(community.chen, motion, "CONSENT", "c-1").andExpect(status().isNoContent());
        motions.close(motion);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> motions.tally(motion)
                             .andExpect(jsonPath("$.result.outcome").value("NOT_PASSED"))
                             .andExpect(jsonPath("$.result.computation.quorate").value(true))
                             .andExpect(jsonPath("$.counted.objections[0]").value("老人行动不便，需要帮忙搬")));
    }

    @Test
    void aBallotWithoutAnIdempotencyKeyIsMalformed() throws Exception {
        MotionDriver.Running session = motions.running(List.of(community.zhang));
        String motion = motions.open(session, "更换路灯", CHANGEABLE);
        sessions.as(community.zhang, put("/api/motions/" + motion + "/ballot"), "{\"option\":\"YES\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("missing-header"))
                .andExpect(jsonPath("$.messages.en", containsString("Idempotency-Key")));
    }

    @Test
    void anOutsiderIsRefusedTheBallotAndTheViewInChineseOrEnglish() throws Exception {
        MotionDriver.Running session = motions.running(List.of(community.zhang));
        String motion = motions.open(session, "更换路灯", CHANGEABLE);
        motions.awaitBallot(community.zhang, motion, "OPEN");

        motions.vote(community.outsider, motion, "YES", "k")
               .andExpect(status().is4xxClientError())
               .andExpect(jsonPath("$.messages['zh-CN']").isNotEmpty())
               .andExpect(jsonPath("$.messages.en").isNotEmpty());
        sessions.as(community.outsider, get("/api/motions/" + motion).header("Accept-Language", "en"), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Only members of this community may see this vote"));
        sessions.as(community.outsider, get("/api/motions/" + motion).header("Accept-Language", "zh-CN"), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("只有本社区的成员可以查看这项表决"));
        // someone of the community who was not checked in is not on the roll
        motions.vote(community.zhao, motion, "YES", "k").andExpect(status().is4xxClientError());
        motions.close(motion);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> motions.tally(motion).andExpect(jsonPath("$.counted.ballots").value(0)));
    }

    @Test
    void theCommunityAndTheSessionListTheirMotionsAndAResidentMayNotCloseOne() throws Exception {
        MotionDriver.Running session = motions.running(List.of(community.zhang));
        String motion = motions.open(session, "更换路灯", CHANGEABLE);
        sessions.as(community.zhang, post("/api/motions/" + motion + "/close"), null)
                .andExpect(status().isForbidden());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            sessions.as(community.zhang, get("/api/sessions/" + session.sessionId() + "/motions"), null)
                    .andExpect(jsonPath("$.motions[0].motionId").value(motion))
                    .andExpect(jsonPath("$.motions[0].status").value("OPEN"));
            sessions.as(community.li, get("/api/communities/" + community.id + "/motions"), null)
                    .andExpect(jsonPath("$.motions[0].motionId").value(motion));
        });
        sessions.as(community.outsider, get("/api/communities/" + community.id + "/motions"), null)
                .andExpect(status().isForbidden());
    }
}
