package org.yishi.web.signin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import static org.assertj.core.api.Assertions.assertThat;
import org.yishi.command.api.community.PersonId;
import org.yishi.web.RunningApplication;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInTest extends RunningApplication {

    @Autowired
    MockMvc mvc;
    @Autowired
    Credentials credentials;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void aResidentWithAPassword() {
        credentials.save(new Credentials.Credential("13800000001", new PersonId("p-zhang"), "张阿姨",
                                                    passwords.encode("jinyuan-2026")));
    }

    @Test
    void aResidentSignsInWithPhoneNumberAndPassword() throws Exception {
        mvc.perform(formLogin("/signin").user(" 13800000001 ").password("jinyuan-2026"))
           .andExpect(authenticated().withUsername("13800000001"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/signin").user("13800000001").password("wrong"))
           .andExpect(unauthenticated())
           .andExpect(redirectedUrl("/signin?error"));
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/signin").param("username", "13800000001").param("password", "jinyuan-2026"))
           .andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        mvc.perform(post("/signout").with(csrf())).andExpect(redirectedUrl("/"));
    }

    @Test
    void theSignInPageIsChineseFirstAndEnglishOnRequest() throws Exception {
        assertThat(http.getForObject("/signin", String.class)).contains("用户名或手机号");
        mvc.perform(get("/signin").header("Accept-Language", "zh-CN"))
           .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或手机号")));
        mvc.perform(get("/signin").param("lang", "en"))
           .andExpect(content().string(org.hamcrest.Matchers.containsString("Username or phone number")));
    }

    @Test
    void pagesThatNeedASignInSendStrangersToIt() throws Exception {
        mvc.perform(get("/api/proposals")).andExpect(status().is3xxRedirection());
    }
}
