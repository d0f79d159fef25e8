package org.yishi.web.community;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.yishi.web.ApiCalls;
import org.yishi.web.RunningApplication;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** On the demo community, whose administrator signs in as {@code admin}. */
class AdministrationTest extends RunningApplication {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private UserDetails signedIn(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void anAdministratorRegistersVerifiesAndGrantsARole() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        UserDetails admin = signedIn("admin");

        api.call(post("/api/communities/jinyuan/members").with(user(admin)),
                 "{\"personId\":\"p-admin-flow\",\"displayName\":\"赵奶奶\",\"householdId\":\"b2-u1-201\"}")
           .andExpect(status().isCreated());
        api.call(post("/api/communities/jinyuan/members/p-admin-flow/verification").with(user(admin)), null)
           .andExpect(status().isOk());
        api.call(post("/api/communities/jinyuan/members/p-admin-flow/roles").with(user(admin)),
                 "{\"role\":\"RESIDENT\"}")
           .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> api.call(get("/api/communities/jinyuan/members").with(user(admin)), null)
                         .andExpect(jsonPath("$.members[?(@.personId == 'p-admin-flow')].verified").value(true))
                         .andExpect(jsonPath("$.members[?(@.personId == 'p-admin-flow')].roles[0]")
                                            .value("RESIDENT"))
                         .andExpect(jsonPath("$.members[?(@.personId == 'p-admin-flow')].address")
                                            .value("2栋1单元201")));
    }

    @Test
    void anAdministratorMakesAMemberAGridWorkerForTwoGroups() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        UserDetails admin = signedIn("admin");
        api.call(post("/api/communities/jinyuan/members").with(user(admin)),
                 "{\"personId\":\"p-grid-flow\",\"displayName\":\"周网格员\"}")
           .andExpect(status().isCreated());

        api.call(put("/api/communities/jinyuan/members/p-grid-flow/grid-groups").with(user(admin)),
                 "{\"groups\":[\"g1\",\"g2\"]}")
           .andExpect(status().isUnprocessableEntity())
           .andExpect(jsonPath("$.messages.en").value("Only a grid worker is assigned residents' groups"));
        api.call(post("/api/communities/jinyuan/members/p-grid-flow/roles").with(user(admin)),
                 "{\"role\":\"GRID_WORKER\"}")
           .andExpect(status().isOk());
        api.call(put("/api/communities/jinyuan/members/p-grid-flow/grid-groups").with(user(admin)),
                 "{\"groups\":[\"g1\",\"g2\"]}")
           .andExpect(status().isOk());
        api.call(put("/api/communities/jinyuan/members/p-grid-flow/grid-groups").with(user(admin)),
                 "{\"groups\":[\"no-such-group\"]}")
           .andExpect(status().isUnprocessableEntity())
           .andExpect(jsonPath("$.messages['zh-CN']").value("本社区没有这个居民小组"));
    }

    @Test
    void aResidentIsRefusedAnAdministratorsCommandInBothLanguages() throws Exception {
        new ApiCalls(mvc).call(post("/api/communities/jinyuan/members/demo-resident46/verification")
                                       .with(user(signedIn("resident01"))), null)
                         .andExpect(status().isForbidden())
                         .andExpect(jsonPath("$.code").value("unauthorized"))
                         .andExpect(jsonPath("$.messages['zh-CN']").value("只有本社区的管理员可以这样做"))
                         .andExpect(jsonPath("$.messages.en").value("Only an administrator of this community may do this"));
    }

    @Test
    void aResidentCannotReadTheMemberList() throws Exception {
        new ApiCalls(mvc).call(get("/api/communities/jinyuan/members").with(user(signedIn("resident01"))), null)
                         .andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorsPageListsMembersInChineseAndEnglish() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> mvc.perform(get("/admin/jinyuan").with(user(signedIn("admin"))))
                         .andExpect(content().string(containsString("核实居住")))
                         .andExpect(content().string(containsString("物业何经理")))
                         .andExpect(content().string(containsString("(物业)"))));
        mvc.perform(get("/admin/jinyuan").param("lang", "en").with(user(signedIn("admin"))))
           .andExpect(content().string(containsString("Verify residence")))
           .andExpect(content().string(containsString("(property management)")));
    }

    @Test
    void theAdministratorsPageTellsAResidentItIsNotTheirs() throws Exception {
        mvc.perform(get("/admin/jinyuan").with(user(signedIn("resident01"))))
           .andExpect(content().string(containsString("只有本社区的管理员可以查看成员名单")))
           .andExpect(content().string(org.hamcrest.Matchers.not(containsString("物业何经理"))));
    }

    @Test
    void theApiIsDescribedForOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.info.title").value("议事 Yishi API"))
           .andExpect(content().string(containsString("/api/communities/{communityId}/members/{personId}/roles")));
    }
}
