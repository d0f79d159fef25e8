package org.yishi.web.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yishi.web.RunningApplication;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DemoDataTest extends RunningApplication {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aDemoResidentSignsInWithTheDemoPassword() throws Exception {
        mvc.perform(formLogin("/signin").user("resident01").password("yishi2026"))
           .andExpect(authenticated().withUsername("resident01"));
        mvc.perform(formLogin("/signin").user("admin").password("yishi2026"))
           .andExpect(authenticated().withUsername("admin"));
    }

    @Test
    void theDemoCommunityHasItsHouseholdsResidentsAndRepresentatives() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            MvcResult started = mvc.perform(get("/api/communities/jinyuan/members")
                                                    .with(user(users.loadUserByUsername("admin")))).andReturn();
            String body = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString();
            assertThat(body).contains("\"householdId\":\"b4-u2-301\"").contains("物业何经理")
                            .contains("PROPERTY_MANAGEMENT").contains("\"representative\":\"demo-resident40\"");
            assertThat(body.split("\"HOUSEHOLD_REPRESENTATIVE\"", -1)).hasSize(41);
            // two representatives for each of the four residents' groups
            assertThat(body.split("\"GROUP_REPRESENTATIVE\"", -1)).hasSize(9);
        });
    }

    @Test
    void theSquaresNoiseAndStallsAreAcceptedOntoADeliberationDaySoASessionCanBeScheduledFromThem() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String accepted = mvc.perform(get("/api/communities/jinyuan/proposals?status=ACCEPTED")
                                                  .with(user(users.loadUserByUsername("moderator"))))
                                 .andReturn().getResponse().getContentAsString();
            assertThat(accepted).contains("晚上广场舞音乐太吵").contains("广场周边摊贩占道经营")
                                .doesNotContain("遛狗不牵绳");
            for (String id : new String[]{"demo-square-dancing", "demo-stalls"}) {
                String history = mvc.perform(get("/api/proposals/" + id + "/history")
                                                     .with(user(users.loadUserByUsername("moderator"))))
                                    .andReturn().getResponse().getContentAsString();
                assertThat(history).contains("\"destination\":\"DELIBERATION_DAY\"").contains("\"plannedDate\"");
            }
        });
    }

    /**
     * The last month: searching 广场 without a sign-in finds 锦苑广场公约 v1 and the deliberation day's decision it came
     * from; the decision's provenance runs from the proposal to publication, the day's session replays, the
     * convention is filed and patrolled, and the results export as CSV.
     */
    @Test
    void aNewcomerFindsTheSquareConventionAndItsDecisionAndFollowsThemBackToTheSession() throws Exception {
        String decision = "item-" + DemoHistory.DELIBERATION_DAY.value() + "-" + DemoHistory.NOISE.value();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(
                () -> mvc.perform(get("/api/search").param("q", "广场").param("community", "jinyuan"))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$.hits[*].documentId", hasItems(
                                 "convention:" + DemoHistory.SQUARE_CONVENTION.value() + ":v1",
                                 "decision:" + decision))));

        mvc.perform(get("/api/decisions/" + decision))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.status").value("PUBLISHED"))
           .andExpect(jsonPath("$.provenance.timeline[*].event", hasItems(
                   "ProposalSubmitted", "ProposalCoSigned", "ProposalAccepted", "SessionScheduled", "AgendaItemAdded",
                   "PositionRecorded", "AgendaItemClosed", "DecisionRecorded", "DecisionApproved",
                   "DecisionPublished")));
        mvc.perform(get("/api/sessions/" + DemoHistory.DELIBERATION_DAY.value() + "/replay")
                            .with(user(users.loadUserByUsername("resident03"))))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.steps[0].event").value("SessionScheduled"))
           .andExpect(jsonPath("$.steps[-1].event").value("SessionClosed"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> mvc.perform(get("/conventions/" + DemoHistory.SQUARE_CONVENTION.value() + "/versions/1"))
                         .andExpect(status().isOk())
                         .andExpect(content().string(containsString("锦街备〔2026〕12号"))));
        mvc.perform(get("/search.csv").param("q", "广场").param("community", "jinyuan"))
           .andExpect(status().isOk())
           .andExpect(content().string(containsString("锦苑广场公约")))
           .andExpect(content().string(containsString("/decisions/" + decision)));
    }
}
