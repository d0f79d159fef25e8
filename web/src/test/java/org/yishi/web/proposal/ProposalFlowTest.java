package org.yishi.web.proposal;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yishi.command.api.community.PersonId;
import org.yishi.web.RunningApplication;
import org.yishi.web.signin.Credentials;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProposalFlowTest extends RunningApplication {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Credentials credentials;
    @Autowired
    UserDetailsService users;
    TestCommunity community;

    @BeforeEach
    void aFreshCommunity() {
        community = new TestCommunity(commands, credentials, users);
    }

    private ResultActions as(PersonId person, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(community.user(person))).with(csrf())
                                     .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions read(PersonId person, String path) throws Exception {
        return mvc.perform(get(path).with(user(community.user(person))));
    }

    private String submit() throws Exception {
        String body = as(community.zhang, "/api/communities/" + community.id + "/proposals", """
                {"title":"广场舞噪音","description":"晚上九点后音乐仍然很响","category":"NOISE","location":"中心广场"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.proposalId");
    }

    private void eventually(ThrowingRunnable check) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(check::run);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aResidentSubmitsANeighbourCoSignsTheCommitteeAcceptsAndTheHistoryShowsEveryStep() throws Exception {
        String id = submit();
        as(community.li, "/api/proposals/" + id + "/co-sign", "").andExpect(status().isNoContent());

        eventually(() -> read(community.wang, "/api/communities/" + community.id + "/screening-queue")
                .andExpect(jsonPath("$.proposals[0].proposalId").value(id))
                .andExpect(jsonPath("$.proposals[0].coSigns").value(1)));
        as(community.wang, "/api/proposals/" + id + "/accept", """
                {"destination":"DELIBERATION_DAY","plannedDate":"2026-06-06","note":"列入六月议事日"}""")
                .andExpect(status().isNoContent());

        eventually(() -> read(community.zhang, "/api/proposals/" + id)
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.proposer.name").value("张阿姨"))
                .andExpect(jsonPath("$.coSigners[*].name", contains("李师傅")))
                .andExpect(jsonPath("$.history[*].step", contains("SUBMITTED", "CO_SIGNED", "ACCEPTED")))
                .andExpect(jsonPath("$.history[*].by.name", contains("张阿姨", "李师傅", "王委员")))
                .andExpect(jsonPath("$.history[2].plannedDate").value("2026-06-06")));
        read(community.zhang, "/api/proposals/" + id + "/history").andExpect(jsonPath("$.length()").value(3));
        eventually(() -> read(community.zhang, "/api/communities/" + community.id + "/proposals?status=ACCEPTED")
                .andExpect(jsonPath("$.proposals[0].coSigns").value(1)));
        eventually(() -> read(community.zhang, "/api/proposals/mine")
                .andExpect(jsonPath("$.proposals[*].proposalId", contains(id))));
        eventually(() -> read(community.wang, "/api/communities/" + community.id + "/screening-queue")
                .andExpect(jsonPath("$.proposals.length()").value(0)));
    }

    @Test
    void anEditKeepsTheOldTextAndADeclineShowsItsReasonToTheProposer() throws Exception {
        String id = submit();
        as(community.zhang, "/api/proposals/" + id + "/edit", """
                {"title":"广场舞音乐太响","description":"晚上九点后音乐仍然很响","category":"NOISE"}""")
                .andExpect(status().isNoContent());
        as(community.wang, "/api/proposals/" + id + "/decline", """
                {"reason":"街道已统一安排整治"}""").andExpect(status().isNoContent());

        eventually(() -> read(community.zhang, "/api/proposals/" + id)
                .andExpect(jsonPath("$.declineReason").value("街道已统一安排整治"))
                .andExpect(jsonPath("$.history[1].before.title").value("广场舞噪音"))
                .andExpect(jsonPath("$.history[1].after.title").value("广场舞音乐太响"))
                .andExpect(jsonPath("$.history[2].reason").value("街道已统一安排整治")));
    }

    @Test
    void aDuplicateIsMergedAndItsProposerMovesOver() throws Exception {
        String original = submit();
        String duplicate = JsonPath.read(as(community.li, "/api/communities/" + community.id + "/proposals", """
                {"title":"广场音乐扰民","description":"广场舞的音乐每天晚上都太吵了","category":"NOISE"}""")
                .andReturn().getResponse().getContentAsString(), "$.proposalId");

        as(community.wang, "/api/proposals/" + duplicate + "/merge", "{\"intoProposalId\":\"" + original + "\"}")
                .andExpect(status().isNoContent());

        eventually(() -> read(community.zhang, "/api/proposals/" + original)
                .andExpect(jsonPath("$.coSigners[*].name", contains("李师傅")))
                .andExpect(jsonPath("$.history[1].step").value("CO_SIGNERS_CARRIED_OVER")));
        eventually(() -> read(community.li, "/api/proposals/" + duplicate)
                .andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.mergedInto").value(original)));
    }

    @Test
    void someoneOutsideTheCommunityIsRefusedInBothLanguages() throws Exception {
        as(community.outsider, "/api/communities/" + community.id + "/proposals", """
                {"title":"广场舞噪音","description":"晚上九点后音乐仍然很响","category":"NOISE"}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("unauthorized"))
                .andExpect(jsonPath("$.messages['zh-CN']").isNotEmpty())
                .andExpect(jsonPath("$.messages.en").isNotEmpty());
    }

    @Test
    void aResidentWhoIsNotOnTheCommitteeCannotScreen() throws Exception {
        String id = submit();

        mvc.perform(post("/api/proposals/" + id + "/decline").with(user(community.user(community.li))).with(csrf())
                                                                .header("Accept-Language", "en")
                                                                .contentType(MediaType.APPLICATION_JSON)
                                                                .content("{\"reason\":\"我觉得不需要\"}"))
           .andExpect(status().isForbidden())
           .andExpect(jsonPath("$.message", containsString("committee")))
           .andExpect(jsonPath("$.messages['zh-CN']").isNotEmpty());
    }

    @Test
    void aMalformedProposalIsRefusedWithTheReason() throws Exception {
        as(community.zhang, "/api/communities/" + community.id + "/proposals", """
                {"title":"","description":"","category":"NOISE"}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("rejected"));
    }

    @Test
    void anUnknownProposalIsNotFound() throws Exception {
        read(community.zhang, "/api/proposals/none").andExpect(status().isNotFound())
                                                    .andExpect(content().string(containsString("找不到")));
    }
}
