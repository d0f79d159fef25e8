package org.yishi.web.need;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NeedFlowTest extends RunningApplication {

    private static final String MEALS = "独居老人腿脚不便，需要每周上门送餐两次";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Credentials credentials;
    @Autowired
    UserDetailsService users;
    TestCommunity community;
    PersonId grid;

    @BeforeEach
    void aFreshCommunityWithAGridWorkerForGroupOne() {
        community = new TestCommunity(commands, credentials, users);
        grid = community.gridWorker("g1");
    }

    private String needs() {
        return "/api/communities/" + community.id + "/needs";
    }

    private ResultActions as(PersonId person, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(community.user(person))).with(csrf())
                                     .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions read(PersonId person, String path) throws Exception {
        return mvc.perform(get(path).with(user(community.user(person))));
    }

    private String record(PersonId by, String household, String description, boolean vulnerable) throws Exception {
        String body = as(by, needs(), """
                {"householdId":"%s","category":"ELDERLY_CARE","urgency":"URGENT","description":"%s","vulnerable":%s}"""
                .formatted(household, description, vulnerable))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.needId");
    }

    private void eventually(ThrowingRunnable check) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(check::run);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aGridWorkerRecordsAVulnerableNeedThatOnlyStaffTheGridWorkerAndTheHouseholdRead() throws Exception {
        String meals = record(grid, "h1", MEALS, true);
        String light = record(community.li, "h2", "楼道灯坏了一个月了", false);

        eventually(() -> read(community.wang, needs()).andExpect(jsonPath("$.needs.length()").value(2)));
        read(community.sun, needs()).andExpect(jsonPath("$.needs[*].needId", contains(light, meals)));
        read(grid, needs()).andExpect(jsonPath("$.needs[*].needId", contains(light, meals)))
                           .andExpect(jsonPath("$.needs[1].householdId").value("h1"));
        read(community.zhao, needs()).andExpect(jsonPath("$.needs[*].needId", contains(light, meals)));
        read(community.chen, needs()).andExpect(jsonPath("$.needs[*].needId", contains(light)));
        read(community.outsider, needs()).andExpect(jsonPath("$.needs.length()").value(0));
        read(community.chen, "/communities/" + community.id + "/needs")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("楼道灯坏了一个月了")))
                .andExpect(content().string(not(containsString(MEALS))));
    }

    @Test
    void staffTakeANeedStepByStepAndTheHouseholdEvaluatesIt() throws Exception {
        String meals = record(grid, "h1", MEALS, true);
        for (String step : new String[] {"MATCHED", "IN_SERVICE", "DONE"}) {
            as(community.wang, needs() + "/" + meals + "/status", "{\"status\":\"" + step + "\",\"note\":\"幸福食堂\"}")
                    .andExpect(status().isNoContent());
        }
        as(community.zhang, needs() + "/" + meals + "/status", "{\"status\":\"EVALUATED\",\"note\":\"准时\"}")
                .andExpect(status().isNoContent());

        eventually(() -> read(community.zhang, needs())
                .andExpect(jsonPath("$.needs[0].status").value("EVALUATED"))
                .andExpect(jsonPath("$.needs[0].note").value("准时")));
    }

    @Test
    void aNeedEscalatedByTheCommitteeBecomesAProposalOnTheScreeningQueue() throws Exception {
        String meals = record(grid, "h1", MEALS, true);

        String body = as(community.wang, needs() + "/" + meals + "/escalate", """
                {"title":"为独居老人设社区助餐点","description":"多位独居老人行动不便，建议在活动中心设助餐点。","category":"OTHER"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String proposal = JsonPath.read(body, "$.proposalId");

        eventually(() -> read(community.wang, "/api/communities/" + community.id + "/screening-queue")
                .andExpect(jsonPath("$.proposals[*].proposalId", contains(proposal))));
        eventually(() -> read(community.wang, needs())
                .andExpect(jsonPath("$.needs[0].proposalId").value(proposal)));
        eventually(() -> read(community.zhang, "/api/proposals/" + proposal)
                .andExpect(jsonPath("$.fromNeedId").value(meals))
                .andExpect(content().string(not(containsString(MEALS)))));
    }

    @Test
    void badInputAndTheWrongPeopleAreRefusedInBothLanguagesAndChangeNothing() throws Exception {
        as(grid, needs(), """
                {"householdId":"h2","category":"ELDERLY_CARE","urgency":"URGENT","description":"%s","vulnerable":true}"""
                .formatted(MEALS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.messages['zh-CN']").value(containsString("网格员登记所负责小组的住户")))
                .andExpect(jsonPath("$.messages.en").value(containsString("grid workers of households in their groups")));
        as(community.zhang, needs(), """
                {"householdId":"h1","urgency":"URGENT","description":"%s"}""".formatted(MEALS))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.messages['zh-CN']").value("需求类别不能为空"))
                .andExpect(jsonPath("$.messages.en").value("A category is required"));
        String meals = record(community.zhang, "h1", MEALS, false);
        as(community.wang, needs() + "/" + meals + "/status", "{\"status\":\"DONE\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.messages.en").value("A need that is recorded cannot become done"));
        as(community.zhang, needs() + "/" + meals + "/status", "{\"status\":\"CLOSED\",\"note\":\"不需要了\"}")
                .andExpect(status().isForbidden());

        eventually(() -> read(community.wang, needs())
                .andExpect(jsonPath("$.needs[*].needId", contains(meals)))
                .andExpect(jsonPath("$.needs[0].status").value("RECORDED")));
    }

    @Test
    void theResidentRecordsANeedOnThePageAndSeesItListed() throws Exception {
        mvc.perform(post("/communities/" + community.id + "/needs").with(user(community.user(community.li)))
                                                                    .with(csrf())
                                                                    .param("householdId", "h2")
                                                                    .param("category", "FACILITIES")
                                                                    .param("urgency", "ORDINARY")
                                                                    .param("description", "单元门禁坏了好几天"))
           .andExpect(redirectedUrl("/communities/" + community.id + "/needs"));

        eventually(() -> read(community.li, "/communities/" + community.id + "/needs")
                .andExpect(content().string(containsString("单元门禁坏了好几天"))));
    }

    @Test
    void theCommitteeEscalatesANeedFromThePageAndAResidentIsRefusedThere() throws Exception {
        String meals = record(grid, "h1", MEALS, true);
        String page = "/communities/" + community.id + "/needs";

        mvc.perform(post(page + "/" + meals + "/escalate").with(user(community.user(community.zhang))).with(csrf())
                                                           .param("title", "为独居老人设社区助餐点")
                                                           .param("description", "多位独居老人行动不便，建议设助餐点。")
                                                           .param("category", "OTHER"))
           .andExpect(flash().attribute("error", containsString("需要本社区的以下角色之一")));
        mvc.perform(post(page + "/" + meals + "/escalate").with(user(community.user(community.wang))).with(csrf())
                                                           .param("title", "为独居老人设社区助餐点")
                                                           .param("description", "多位独居老人行动不便，建议设助餐点。")
                                                           .param("category", "OTHER"))
           .andExpect(flash().attribute("saved", true));

        eventually(() -> read(community.wang, needs()).andExpect(jsonPath("$.needs[0].proposalId").isNotEmpty()));
    }
}
