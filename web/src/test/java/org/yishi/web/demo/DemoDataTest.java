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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
}
