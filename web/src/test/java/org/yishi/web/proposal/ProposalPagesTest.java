package org.yishi.web.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yishi.command.api.community.PersonId;
import org.yishi.web.RunningApplication;
import org.yishi.web.signin.Credentials;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages a resident and a committee member use on their phones, driven as a browser would post their forms. */
class ProposalPagesTest extends RunningApplication {

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

    private MockHttpServletRequestBuilder as(PersonId person, MockHttpServletRequestBuilder request) {
        return request.with(user(community.user(person))).with(csrf());
    }

    private String submitThroughTheForm() throws Exception {
        String location = mvc.perform(as(community.zhang, post("/communities/" + community.id + "/proposals"))
                                              .param("title", "楼道堆放杂物")
                                              .param("description", "三单元楼道长期堆放纸箱，有消防隐患")
                                              .param("category", "SAFETY"))
                             .andExpect(redirectedUrlPattern("/proposals/*"))
                             .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/proposals/".length());
    }

    @Test
    void aResidentSubmitsOnTheFormANeighbourCoSignsWithTheBigButtonAndTheCommitteeAccepts() throws Exception {
        String id = submitThroughTheForm();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> mvc.perform(as(community.li, get("/proposals/" + id)))
                         .andExpect(content().string(allOf(containsString("楼道堆放杂物"), containsString("联名支持"),
                                                           containsString("提交议题")))));

        mvc.perform(as(community.li, post("/proposals/" + id + "/co-sign")))
           .andExpect(flash().attribute("saved", true));
        mvc.perform(as(community.li, get("/proposals/" + id)).flashAttr("saved", true))
           .andExpect(content().string(allOf(containsString("已保存"), containsString("http-equiv=\"refresh\""))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> mvc.perform(as(community.wang, get("/communities/" + community.id + "/screening")))
                         .andExpect(content().string(containsString("楼道堆放杂物"))));
        mvc.perform(as(community.wang, post("/communities/" + community.id + "/screening/" + id + "/accept"))
                            .param("destination", "FOR_VOTE"))
           .andExpect(flash().attribute("saved", true));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> mvc.perform(as(community.zhang, get("/proposals/" + id).param("lang", "en")))
                         .andExpect(content().string(allOf(containsString("co-signed"), containsString("accepted"),
                                                           containsString("李师傅"), containsString("王委员")))));
        // the list is its own projection and may trail the detail page by a moment
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> mvc.perform(as(community.zhang, get("/communities/" + community.id).param("status", "ACCEPTED")))
                         .andExpect(status().isOk()).andExpect(content().string(containsString("楼道堆放杂物"))));
        mvc.perform(as(community.zhang, get("/proposals/mine"))).andExpect(content().string(containsString("楼道堆放杂物")));
    }

    @Test
    void aRefusalIsShownOnThePageInThePersonsLanguage() throws Exception {
        String id = submitThroughTheForm();

        mvc.perform(as(community.zhang, post("/proposals/" + id + "/co-sign")))
           .andExpect(flash().attribute("error", containsString("提议人不能为自己的议题联名")));
        mvc.perform(as(community.outsider, post("/communities/" + community.id + "/screening/" + id + "/decline"))
                            .param("reason", "与本社区无关的事项").param("lang", "en"))
           .andExpect(flash().attribute("error", containsString("committee")));
    }

    @Test
    void anIncompleteFormComesBackWithWhatWasTypedAndTheReason() throws Exception {
        mvc.perform(as(community.zhang, post("/communities/" + community.id + "/proposals"))
                            .param("title", "太短").param("description", "请处理").param("category", "OTHER"))
           .andExpect(status().isOk())
           .andExpect(content().string(allOf(containsString("议题标题须为"), containsString("请处理"),
                                             containsString("name=\"_csrf\""))));
    }

    @Test
    void theProposerRewordsAWaitingProposalAndTheOldWordingStaysInTheHistory() throws Exception {
        String id = submitThroughTheForm();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> mvc.perform(as(community.zhang, get("/proposals/" + id + "/edit")))
                         .andExpect(content().string(containsString("楼道堆放杂物"))));

        mvc.perform(as(community.zhang, post("/proposals/" + id + "/edit"))
                            .param("communityId", community.id.value()).param("title", "楼道纸箱堆放")
                            .param("description", "三单元楼道长期堆放纸箱，有消防隐患").param("category", "SAFETY"))
           .andExpect(flash().attribute("saved", true));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> mvc.perform(as(community.li, get("/proposals/" + id)))
                         .andExpect(content().string(allOf(containsString("楼道纸箱堆放"), containsString("<del>")))));
    }
}
