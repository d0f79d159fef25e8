package org.yishi.web.petition;

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
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.signin.Credentials;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PetitionFlowTest extends RunningApplication {

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
    void aFreshCommunityWithHigherThresholds() {
        community = new TestCommunity(commands, credentials, users);
        community.raisePetitionThresholds();
    }

    private ResultActions as(PersonId person, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(community.user(person))).with(csrf())
                                     .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions board(String id) throws Exception {
        return mvc.perform(get("/api/petitions/" + id).with(user(community.user(community.zhang))));
    }

    @Test
    void signaturesRiseAgainstTheThresholdsUntilTheMeetingMustBeConvened() throws Exception {
        String id = JsonPath.read(as(community.zhang, "/api/petitions", "{\"communityId\":\"" + community.id
                                                                           + "\",\"purpose\":\"请召开居民会议讨论广场噪音治理\"}")
                                          .andExpect(status().isCreated())
                                          .andReturn().getResponse().getContentAsString(), "$.petitionId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> board(id)
                .andExpect(jsonPath("$.adultResidents.signed").value(1))
                .andExpect(jsonPath("$.adultResidents.total").value(4))
                .andExpect(jsonPath("$.adultResidents.threshold").value(2))
                .andExpect(jsonPath("$.households.signed").value(1))
                .andExpect(jsonPath("$.households.threshold").value(2))
                .andExpect(jsonPath("$.residentsGroups.threshold").value(2))
                .andExpect(jsonPath("$.reached").value(false)));

        as(community.zhao, "/api/petitions/" + id + "/sign", "").andExpect(status().isNoContent());
        as(community.li, "/api/petitions/" + id + "/sign", "").andExpect(status().isNoContent());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> board(id)
                .andExpect(jsonPath("$.adultResidents.signed").value(3))
                .andExpect(jsonPath("$.adultResidents.reached").value(true))
                .andExpect(jsonPath("$.households.signed").value(2))
                .andExpect(jsonPath("$.residentsGroups.signed").value(2))
                .andExpect(jsonPath("$.reached").value(true))
                .andExpect(jsonPath("$.signers", containsInAnyOrder("张阿姨", "赵叔叔", "李师傅"))));

        as(community.li, "/api/petitions/" + id + "/withdraw", "").andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> board(id)
                .andExpect(jsonPath("$.households.signed").value(1)));
        mvc.perform(get("/api/communities/" + community.id + "/petitions").with(user(community.user(community.li))))
           .andExpect(jsonPath("$.petitions[0].petitionId").value(id));
    }

    @Test
    void someoneOutsideTheCommunityCannotSign() throws Exception {
        String id = JsonPath.read(as(community.zhang, "/api/petitions", "{\"communityId\":\"" + community.id
                                                                           + "\",\"purpose\":\"请召开居民会议讨论停车位分配\"}")
                                          .andReturn().getResponse().getContentAsString(), "$.petitionId");

        as(community.outsider, "/api/petitions/" + id + "/sign", "")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.messages['zh-CN']").isNotEmpty())
                .andExpect(jsonPath("$.messages.en").isNotEmpty());
    }

    @Test
    void thePetitionPageShowsTheCountsAgainstTheThresholds() throws Exception {
        String location = mvc.perform(post("/communities/" + community.id + "/petitions")
                                              .with(user(community.user(community.zhang))).with(csrf())
                                              .param("purpose", "请召开居民会议讨论电动车充电桩"))
                             .andExpect(redirectedUrlPattern("/petitions/*"))
                             .andReturn().getResponse().getRedirectedUrl();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> mvc.perform(get(location).with(user(community.user(community.li))))
                         .andExpect(content().string(allOf(containsString("成年居民"), containsString("未达到"),
                                                           containsString("签名支持"), containsString("张阿姨")))));
        mvc.perform(get("/communities/" + community.id + "/petitions").with(user(community.user(community.li))))
           .andExpect(content().string(containsString("电动车充电桩")));
    }
}
