package org.yishi.web.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.yishi.web.ApiCalls;
import org.yishi.web.RunningApplication;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Invitations to demo residents, who have no username of their own until they redeem one. */
class InvitationTest extends RunningApplication {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private String issue(String personId) throws Exception {
        String body = new ApiCalls(mvc)
                .call(post("/api/communities/jinyuan/members/" + personId + "/invitation")
                              .with(user(users.loadUserByUsername("admin"))), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.link").value("/invitation?person=" + personId))
                .andReturn().getResponse().getContentAsString();
        return body.replaceAll(".*\"code\":\"([0-9A-Z]{26})\".*", "$1");
    }

    private static String redeem(String personId, String code, String username) {
        return "{\"personId\":\"" + personId + "\",\"code\":\"" + code + "\",\"username\":\"" + username
               + "\",\"password\":\"zhang-2026!\"}";
    }

    @Test
    void anInvitedResidentRedeemsOnceAndSignsIn() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        String code = issue("demo-resident46");

        api.call(post("/api/invitations/redeem"), redeem("demo-resident46", code.toLowerCase(), "１３９００００００４６"))
           .andExpect(status().isCreated())
           .andExpect(jsonPath("$.username").value("13900000046"));
        mvc.perform(formLogin("/signin").user("13900000046").password("zhang-2026!"))
           .andExpect(authenticated().withUsername("13900000046"));

        api.call(post("/api/invitations/redeem"), redeem("demo-resident46", code, "another-name"))
           .andExpect(status().isUnprocessableEntity())
           .andExpect(jsonPath("$.messages.en").value("This invitation code is not valid"));
        mvc.perform(formLogin("/signin").user("another-name").password("zhang-2026!")).andExpect(unauthenticated());
    }

    @Test
    void aWrongCodeIsRefusedAndLeavesNothingToSignInWith() throws Exception {
        issue("demo-resident47");

        new ApiCalls(mvc).call(post("/api/invitations/redeem"),
                               redeem("demo-resident47", "0000000000000000000000000A", "guesser"))
                         .andExpect(status().isUnprocessableEntity())
                         .andExpect(jsonPath("$.messages['zh-CN']").value("邀请码无效"));
        mvc.perform(formLogin("/signin").user("guesser").password("zhang-2026!")).andExpect(unauthenticated());
    }

    @Test
    void aTakenUsernameIsRefusedBeforeTheInvitationIsSpent() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        String code = issue("demo-resident48");

        api.call(post("/api/invitations/redeem"), redeem("demo-resident48", code, "Resident01"))
           .andExpect(status().isUnprocessableEntity())
           .andExpect(jsonPath("$.messages.en").value("That username is taken"))
           .andExpect(jsonPath("$.messages['zh-CN']").value("用户名已被使用"));
        api.call(post("/api/invitations/redeem"), redeem("demo-resident48", code, "resident48-own"))
           .andExpect(status().isCreated());
    }

    @Test
    void theInvitationPageIsPublicAndCarriesThePersonFromTheLink() throws Exception {
        mvc.perform(get("/invitation").param("person", "demo-resident50"))
           .andExpect(status().isOk())
           .andExpect(content().string(containsString("邀请码")))
           .andExpect(content().string(containsString("value=\"demo-resident50\"")));
        mvc.perform(get("/invitation").param("lang", "en"))
           .andExpect(content().string(containsString("Invitation code")));
    }

    @Test
    void theInvitationPageRedeemsAndSendsThePersonToSignIn() throws Exception {
        String code = issue("demo-resident49");

        mvc.perform(post("/invitation").with(csrf()).param("person", "demo-resident49").param("code", code)
                                       .param("username", "resident49-page").param("password", "zhang-2026!"))
           .andExpect(redirectedUrl("/signin"));
        mvc.perform(formLogin("/signin").user("resident49-page").password("zhang-2026!"))
           .andExpect(authenticated());
    }
}
