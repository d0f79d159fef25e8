package org.yishi.web.decision;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yishi.command.api.community.PersonId;
import org.yishi.web.RunningApplication;
import org.yishi.web.motion.MotionDriver;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A passed vote becomes a decision, which goes round the review: the committee submits it, the party secretary returns
 * it with comments, the committee revises and resubmits, she approves, the committee publishes it, adds a follow-up
 * action and reports on it, and a resident rates how it was carried out. Every round is kept.
 */
class DecisionFlowTest extends RunningApplication {

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

    /** A vote that passes, two yes of three present, and the draft decision the command side records from it. */
    private String passedDecision() throws Exception {
        MotionDriver.Running session = motions.running(List.of(community.zhang, community.li, community.chen));
        String motion = motions.open(session, "广场舞晚上九点前结束", """
                "method":"YES_NO_ABSTAIN","abstainAllowed":true,"secrecy":"NAMED","unit":"PERSON","changeable":true""");
        motions.vote(community.zhang, motion, "YES", "a").andExpect(status().isNoContent());
        motions.vote(community.li, motion, "YES", "b").andExpect(status().isNoContent());
        motions.close(motion);
        String decision = "motion-" + motion;
        eventually(() -> read(community.wang, "/api/decisions/" + decision)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.links.motionId").value(motion))
                .andExpect(jsonPath("$.provenance.motion.result.outcome").value("PASSED")));
        return decision;
    }

    @Test
    void aDecisionIsReturnedWithCommentsRevisedResubmittedApprovedPublishedFollowedUpAndRated() throws Exception {
        String id = passedDecision();
        String base = "/api/decisions/" + id;

        send(community.wang, post(base + "/submit"), "{\"note\":\"请书记审核\"}");
        eventually(() -> read(community.sun, "/api/communities/" + community.id + "/review-queue")
                .andExpect(jsonPath("$.decisions[0].decisionId").value(id))
                .andExpect(jsonPath("$.decisions[0].round").value(1)));
        eventually(() -> read(community.sun, "/api/me/notifications")
                .andExpect(jsonPath("$.notifications[*].kind", hasItem("DECISION_AWAITS_REVIEW"))));

        // the party secretary returns it; she cannot reword it herself
        sessions.as(community.sun, post(base + "/return"), "{\"comments\":\"\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.messages.en").value("Returning needs written comments"));
        send(community.sun, post(base + "/return"), "{\"comments\":\"请写明音量上限和执行人\"}");
        sessions.as(community.sun, post(base + "/revise"), """
                {"title":"改了","text":"书记改的文本","reason":"试试"}""")
                .andExpect(status().isForbidden());
        eventually(() -> read(community.wang, "/api/communities/" + community.id + "/committee-queue")
                .andExpect(jsonPath("$.decisions[0].decisionId").value(id))
                .andExpect(jsonPath("$.decisions[0].comments").value("请写明音量上限和执行人")));
        eventually(() -> read(community.wang, "/api/me/notifications")
                .andExpect(jsonPath("$.notifications[*].kind", hasItem("DECISION_RETURNED"))));

        send(community.wang, post(base + "/revise"), """
                {"title":"锦苑广场夜间音量约定","text":"广场舞每晚九点前结束，音量不超过60分贝，由物业每晚巡查。",
                 "reason":"按审核意见写明音量上限和执行人"}""");
        send(community.wang, post(base + "/submit"), null);
        eventually(() -> read(community.sun, "/api/communities/" + community.id + "/review-queue")
                .andExpect(jsonPath("$.decisions[0].round").value(2))
                .andExpect(jsonPath("$.decisions[0].previousComments").value("请写明音量上限和执行人")));
        send(community.sun, post(base + "/approve"), "{\"comment\":\"同意公布\"}");
        eventually(() -> read(community.wang, base).andExpect(jsonPath("$.status").value("APPROVED")));
        send(community.wang, post(base + "/publish"), "{\"visibility\":\"COMMUNITY\"}");

        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        String action = JsonPath.read(sessions.as(community.wang, post(base + "/actions"), """
                {"description":"每晚巡查广场音量","responsible":"物业公司","reporterId":"%s","due":"%s"}"""
                .formatted(community.li.value(), yesterday)).andExpect(status().isCreated())
                                               .andReturn().getResponse().getContentAsString(), "$.actionId");
        send(community.li, post(base + "/actions/" + action + "/progress"), "{\"report\":\"已买好音量计\"}");
        send(community.wang, post(base + "/actions/" + action + "/checks"),
             "{\"satisfactory\":false,\"finding\":\"第一晚九点半仍有音乐\"}");
        eventually(() -> read(community.zhang, "/api/communities/" + community.id + "/overdue-actions")
                .andExpect(jsonPath("$.actions[0].actionId").value(action))
                .andExpect(jsonPath("$.actions[0].daysOverdue").value(1))
                .andExpect(jsonPath("$.actions[0].latestProgress").value("已买好音量计")));
        send(community.li, post(base + "/actions/" + action + "/complete"), "{\"note\":\"已每晚巡查\"}");

        send(community.zhang, put(base + "/rating"), "{\"stars\":3,\"comment\":\"刚开始\"}");
        send(community.zhang, put(base + "/rating"), "{\"stars\":5,\"comment\":\"现在安静了\"}");
        sessions.as(community.zhang, put(base + "/rating"), "{\"stars\":6}")
                .andExpect(status().isUnprocessableEntity());

        eventually(() -> read(community.zhang, base)
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.visibility").value("COMMUNITY"))
                .andExpect(jsonPath("$.title").value("锦苑广场夜间音量约定"))
                .andExpect(jsonPath("$.rounds.length()").value(2))
                .andExpect(jsonPath("$.rounds[0].verdict").value("RETURNED"))
                .andExpect(jsonPath("$.rounds[0].comments").value("请写明音量上限和执行人"))
                .andExpect(jsonPath("$.rounds[1].verdict").value("APPROVED"))
                .andExpect(jsonPath("$.rounds[1].title").value("锦苑广场夜间音量约定"))
                .andExpect(jsonPath("$.actions[0].progress[0].text").value("已买好音量计"))
                .andExpect(jsonPath("$.actions[0].checks[0].satisfactory").value(false))
                .andExpect(jsonPath("$.actions[0].completion.text").value("已每晚巡查"))
                .andExpect(jsonPath("$.ratings.count").value(1))
                .andExpect(jsonPath("$.ratings.average").value(5.0))
                .andExpect(jsonPath("$.ratings.mine.stars").value(5)));
        // completed, so no longer overdue on the community's home
        eventually(() -> read(community.zhang, "/api/communities/" + community.id + "/overdue-actions")
                .andExpect(jsonPath("$.actions.length()").value(0)));
    }

    @Test
    void aDraftIsForTheCommitteeAndTheSecretaryAndAPublishedOneForWhomItWasPublishedTo() throws Exception {
        String id = passedDecision();
        String base = "/api/decisions/" + id;
        sessions.as(community.zhang, get(base).header("Accept-Language", "en"), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message", containsString("a draft is for the committee")));
        read(community.sun, base).andExpect(status().isOk());
        mvc.perform(get(base)).andExpect(status().isForbidden());
        sessions.as(community.zhang, get("/api/communities/" + community.id + "/review-queue"), null)
                .andExpect(status().isForbidden());

        send(community.wang, post(base + "/submit"), null);
        send(community.sun, post(base + "/approve"), null);
        eventually(() -> read(community.wang, base).andExpect(jsonPath("$.status").value("APPROVED")));
        send(community.wang, post(base + "/publish"), "{\"visibility\":\"COMMUNITY\"}");
        eventually(() -> read(community.zhang, base).andExpect(jsonPath("$.status").value("PUBLISHED")));
        read(community.outsider, base).andExpect(status().isForbidden());
        mvc.perform(get(base)).andExpect(status().isForbidden());
        eventually(() -> read(community.zhang, "/api/communities/" + community.id + "/archive")
                .andExpect(jsonPath("$.decisions[0].decisionId").value(id)));
        mvc.perform(get("/api/communities/" + community.id + "/archive"))
           .andExpect(status().isOk()).andExpect(jsonPath("$.decisions.length()").value(0));
        // a page for the public sends a stranger to sign in
        mvc.perform(get("/decisions/" + id)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aDecisionPublishedToEveryoneIsReadWithoutSigningIn() throws Exception {
        String id = passedDecision();
        String base = "/api/decisions/" + id;
        send(community.wang, post(base + "/submit"), null);
        send(community.sun, post(base + "/approve"), null);
        eventually(() -> read(community.wang, base).andExpect(jsonPath("$.status").value("APPROVED")));
        send(community.wang, post(base + "/publish"), "{\"visibility\":\"PUBLIC\"}");

        eventually(() -> mvc.perform(get(base))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.status").value("PUBLISHED"))
                            .andExpect(jsonPath("$.visibility").value("PUBLIC")));
        read(community.outsider, base).andExpect(status().isOk());
        eventually(() -> mvc.perform(get("/api/communities/" + community.id + "/archive"))
                            .andExpect(jsonPath("$.decisions[0].decisionId").value(id))
                            .andExpect(jsonPath("$.decisions[0].visibility").value("PUBLIC")));
        mvc.perform(get("/communities/" + community.id + "/archive")).andExpect(status().isOk());
        mvc.perform(get("/decisions/" + id))
           .andExpect(status().isOk())
           .andExpect(content().string(containsString("广场舞晚上九点前结束")));
        // a stranger reads it but cannot rate it
        sessions.as(community.outsider, put(base + "/rating"), "{\"stars\":1}").andExpect(status().isForbidden());
    }

    private void send(PersonId person, MockHttpServletRequestBuilder request, String json) throws Exception {
        sessions.as(person, request, json).andExpect(status().is2xxSuccessful());
    }

    private ResultActions read(PersonId person, String path) throws Exception {
        return sessions.as(person, get(path), null);
    }

    private void eventually(ThrowingRunnable check) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(check::run);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
