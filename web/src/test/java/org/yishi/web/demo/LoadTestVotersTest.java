package org.yishi.web.demo;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yishi.web.RunningApplication;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@TestPropertySource(properties = "yishi.demo.voters=5")
class LoadTestVotersTest extends RunningApplication {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void loadTestVotersSignInWithTheDemoPasswordAndAreVerifiedResidentsInHouseholdsOfTwo() throws Exception {
        mvc.perform(formLogin("/signin").user("voter00005").password("yishi2026"))
           .andExpect(authenticated().withUsername("voter00005"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            MvcResult started = mvc.perform(get("/api/communities/jinyuan/members")
                                                    .with(user(users.loadUserByUsername("admin")))).andReturn();
            String body = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString();
            assertThat(body).contains("测试居民1").contains("测试居民5")
                            .contains("\"householdId\":\"load-hh-00003\"")
                            .doesNotContain("测试居民6");
            List<Object> fifth = JsonPath.read(body, "$.members[?(@.personId == 'demo-voter00005')]");
            assertThat(fifth).singleElement().satisfies(member -> {
                assertThat(JsonPath.<Boolean>read(member, "$.verified")).isTrue();
                assertThat(JsonPath.<List<String>>read(member, "$.roles")).contains("RESIDENT");
            });
        });
    }
}
