package org.yishi.web.convention;

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
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The square convention's whole path through the API: the committee drafts three clauses, a resident comments and
 * proposes an amendment that the committee accepts, the draft goes on public notice, an objection is lodged and
 * answered, the residents adopt it by an online vote, the party secretary approves it, it is published as v1 and
 * filed; one clause is then amended into v2. v1's text as of a moment before the amendment, and the v1 to v2 diff at
 * character level, come from the events.
 */
class ConventionFlowTest extends RunningApplication {

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

    @BeforeEach
    void aCommunityWithACommitteeAndResidents() {
        community = new TestCommunity(commands, credentials, users);
        sessions = new SessionDriver(mvc, community);
        sessions.awaitMembers(queries);
    }

    @Test
    void theSquareConventionIsDraftedAmendedNoticedAdoptedReviewedPublishedFiledAndAmendedIntoASecondVersion()
            throws Exception {
        String id = created(community.wang, post("/api/conventions"), """
                {"communityId":"%s","title":"锦苑广场公约","preamble":"为维护广场秩序，居民、商户和物业共同约定如下。",
                 "stakeholderGroups":[]}""".formatted(community.id.value()));
        String base = "/api/conventions/" + id;
        String dancing = created(community.wang, post(base + "/clauses"), """
                {"text":"广场舞每晚十点前结束。","reason":"居民反映夜间噪音"}""");
        String stalls = created(community.wang, post(base + "/clauses"), """
                {"text":"摊位不得占用消防通道。","reason":"消防要求"}""");
        created(community.wang, post(base + "/clauses"), """
                {"text":"活动结束后清理场地垃圾。","reason":"保持整洁"}""");
        // members see the draft in the community's list, visitors do not
        eventually(() -> read(community.zhang, "/api/communities/" + community.id.value() + "/conventions")
                .andExpect(jsonPath("$.conventions[0].conventionId").value(id))
                .andExpect(jsonPath("$.conventions[0].clauses").value(3)));
        mvc.perform(get("/api/communities/" + community.id.value() + "/conventions"))
           .andExpect(jsonPath("$.conventions.length()").value(0));
        read(community.zhang, "/communities/" + community.id.value() + "/conventions")
                .andExpect(content().string(containsString("data-convention=\"" + id + "\"")));
        mvc.perform(get("/communities/" + community.id.value() + "/conventions"))
           .andExpect(content().string(not(containsString("data-convention=\"" + id + "\""))));
        // a resident may not draft
        as(community.zhang, post(base + "/clauses"), """
                {"text":"居民乱写的条款","reason":"试试"}""").andExpect(status().isForbidden());

        created(community.zhang, post(base + "/clauses/" + dancing + "/comments"), """
                {"text":"十点太晚了，老人睡得早"}""");
        String amendment = created(community.zhang, post(base + "/amendments"), """
                {"kind":"REWORD","clauseId":"%s","text":"广场舞每晚九点前结束，音量不超过60分贝。",
                 "rationale":"老人睡得早"}""".formatted(dancing));
        send(community.li, post(base + "/amendments/" + amendment + "/support"), null);
        send(community.wang, post(base + "/amendments/" + amendment + "/accept"), null);
        eventually(() -> read(community.zhang, base)
                .andExpect(jsonPath("$.clauses.length()").value(3))
                .andExpect(jsonPath("$.clauses[0].text").value("广场舞每晚九点前结束，音量不超过60分贝。"))
                .andExpect(jsonPath("$.clauses[0].comments[0].text").value("十点太晚了，老人睡得早"))
                .andExpect(jsonPath("$.clauses[0].amendments[0].status").value("ACCEPTED")));

        putOnNoticeAndAnswer(base, 1, "摊位规定对小商户太严");

        adoptByVote(base, 1);
        send(community.sun, post(base + "/approve"), "{\"comment\":\"同意公布\"}");
        eventually(() -> read(community.wang, base).andExpect(jsonPath("$.status").value("APPROVED")));
        send(community.wang, post(base + "/publish"), """
                {"effectiveFrom":"2026-12-10","visibility":"PUBLIC"}""");
        eventually(() -> read(community.wang, base)
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.inForce").value(1)));
        send(community.wang, post(base + "/filing"), """
                {"version":1,"filedOn":"2026-12-11","office":"测试街道办事处","reference":"测街备〔2026〕12号"}""");
        eventually(() -> read(community.wang, base)
                .andExpect(jsonPath("$.versions[0].filing.reference").value("测街备〔2026〕12号")));
        // the published version is for everyone
        mvc.perform(get(base + "/text?version=1")).andExpect(status().isOk())
           .andExpect(jsonPath("$.inForce.clauses[0].text").value("广场舞每晚九点前结束，音量不超过60分贝。"));
        Instant beforeTheAmendment = Instant.now();
        Thread.sleep(5);

        send(community.wang, post(base + "/amend"), "{\"reason\":\"夏季延长半小时\"}");
        send(community.wang, post(base + "/clauses/" + dancing), """
                {"text":"广场舞每晚九点半前结束，音量不超过60分贝。","reason":"夏季天黑晚"}""");
        putOnNoticeAndAnswer(base, 2, "半小时太长");
        adoptByVote(base, 2);
        send(community.sun, post(base + "/approve"), null);
        eventually(() -> read(community.wang, base).andExpect(jsonPath("$.status").value("APPROVED")));
        send(community.wang, post(base + "/publish"), """
                {"effectiveFrom":"2027-06-01","visibility":"PUBLIC"}""");
        eventually(() -> read(community.wang, base).andExpect(jsonPath("$.inForce").value(2)));

        read(community.zhang, base + "/text?asOf=" + beforeTheAmendment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.inForce.version").value(1))
                .andExpect(jsonPath("$.inForce.clauses[0].text").value("广场舞每晚九点前结束，音量不超过60分贝。"));
        read(community.zhang, base + "/diff?from=1&to=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clauses[0].change").value("CHANGED"))
                .andExpect(jsonPath("$.clauses[0].text[?(@.kind=='INSERT')].text").value("半"))
                .andExpect(jsonPath("$.clauses[1].change").value("UNCHANGED"));
        // drafts and history are for signed-in readers; a visitor is sent to sign in
        mvc.perform(get(base + "/diff?from=1&to=2")).andExpect(status().is3xxRedirection());
    }

    /** Five seconds of notice, an objection in them, the notice ending by its deadline, and the committee's answer. */
    private void putOnNoticeAndAnswer(String base, int attempt, String objectionText) throws Exception {
        send(community.wang, post(base + "/notice"), "{\"period\":\"PT5S\"}");
        as(community.wang, post(base + "/clauses"), """
                {"text":"公示期间新增","reason":"试试"}""").andExpect(status().isUnprocessableEntity());
        String objection = created(community.li, post(base + "/objections"), """
                {"text":"%s"}""".formatted(objectionText));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(community.wang, base)
                .andExpect(jsonPath("$.status").value("NOTICE_ENDED")));
        // no vote before every objection is answered
        as(community.wang, post(base + "/vote"), """
                {"attempt":%d,"purpose":"ADOPTION","closesAt":"%s","secrecy":"NAMED"}"""
                .formatted(attempt, Instant.now().plus(1, ChronoUnit.DAYS))).andExpect(status().isUnprocessableEntity());
        send(community.wang, post(base + "/objections/" + objection + "/answer"), """
                {"answer":"已听取意见，维持原条款"}""");
    }

    /** An online vote of the residents: three of four vote yes, the committee closes it, and it goes to review. */
    private void adoptByVote(String base, int attempt) throws Exception {
        String motion = created(community.wang, post(base + "/vote"), """
                {"attempt":%d,"purpose":"ADOPTION","closesAt":"%s","secrecy":"NAMED"}"""
                .formatted(attempt, Instant.now().plus(1, ChronoUnit.DAYS)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(community.zhang, get("/api/motions/" + motion),
                                                                      null).andExpect(status().isOk()));
        for (PersonId voter : new PersonId[]{community.zhang, community.zhao, community.li}) {
            as(voter, put("/api/motions/" + motion + "/ballot").header("Idempotency-Key", voter.value() + attempt),
               "{\"option\":\"YES\"}").andExpect(status().isNoContent());
        }
        send(community.wang, post("/api/motions/" + motion + "/close"), null);
        eventually(() -> read(community.wang, base).andExpect(jsonPath("$.status").value("ADOPTED")));
        send(community.wang, post(base + "/submit"), "{\"note\":\"居民会议已表决通过\"}");
        eventually(() -> read(community.sun, base).andExpect(jsonPath("$.status").value("IN_REVIEW")));
    }

    private String created(PersonId person, MockHttpServletRequestBuilder request, String json) throws Exception {
        String body = as(person, request, json).andExpect(status().isCreated()).andReturn().getResponse()
                                               .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private void send(PersonId person, MockHttpServletRequestBuilder request, String json) throws Exception {
        as(person, request, json).andExpect(status().is2xxSuccessful());
    }

    private ResultActions as(PersonId person, MockHttpServletRequestBuilder request, String json) throws Exception {
        return sessions.as(person, request, json);
    }

    private ResultActions read(PersonId person, String path) throws Exception {
        return sessions.as(person, get(path), null);
    }

    private void eventually(ThrowingRunnable check) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(check::run);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
