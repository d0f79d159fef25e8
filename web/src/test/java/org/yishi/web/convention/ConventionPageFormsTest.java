package org.yishi.web.convention;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yishi.command.api.community.PersonId;
import org.yishi.web.RunningApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The convention page's forms: a committee member drafts from the community's list and is taken to the new draft;
 * what each person may do next shows for them only; a refused or malformed form comes back to the page with a message
 * in the reader's language, and nothing is stored.
 */
class ConventionPageFormsTest extends RunningApplication {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    Credentials credentials;
    @Autowired
    UserDetailsService users;

    TestCommunity community;
    SessionDriver sessions;

    @BeforeEach
    void aCommunityWithACommitteeAndResidents() {
        community = new TestCommunity(commands, credentials, users);
        sessions = new SessionDriver(mvc, community);
        sessions.awaitMembers(queries);
    }

    @Test
    void aCommitteeMemberDraftsFromTheListAndEachPersonSeesOnlyTheStepsTheyMayTake() throws Exception {
        String page = draftWithOneClause();

        String committeeView = html(community.wang, page);
        assertThat(committeeView).contains("id=\"notice\"", "id=\"add-clause\"", "class=\"inline remove-clause\"");
        String residentView = html(community.zhang, page);
        assertThat(residentView).contains("class=\"amend\"", "id=\"propose-clause\"")
                                .doesNotContain("id=\"notice\"", "id=\"add-clause\"", "id=\"stage\"");
        String secretaryView = html(community.sun, page);
        assertThat(secretaryView).doesNotContain("id=\"notice\"", "id=\"approve\"");
        // an outsider is refused the draft
        sessions.as(community.outsider, get(page), null).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedStepComesBackToThePageWithItsReasonAndChangesNothing() throws Exception {
        String page = draftWithOneClause();
        String before = sessions.as(community.wang, get("/api/" + page.substring(1)), null)
                                .andReturn().getResponse().getContentAsString();

        sessions.as(community.zhang, post(page + "/notice").param("length", "7").param("unit", "DAYS"), null)
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString("议事委员")));
        sessions.as(community.wang, post(page + "/notice").param("length", "7").param("unit", "WEEKS")
                                                          .header("Accept-Language", "en"), null)
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString("not valid: unit")));
        sessions.as(community.wang, post(page + "/notice").param("length", "90").param("unit", "DAYS"), null)
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString("60")));

        assertThat(sessions.as(community.wang, get("/api/" + page.substring(1)), null)
                           .andReturn().getResponse().getContentAsString()).isEqualTo(before);
        sessions.as(community.wang, post(page + "/notice").param("length", "2").param("unit", "MINUTES"), null)
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("saved", true));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> sessions
                .as(community.wang, get("/api/" + page.substring(1)), null)
                .andExpect(jsonPath("$.status").value("ON_NOTICE")));
        assertThat(html(community.zhang, page)).contains("id=\"object\"");
    }

    /** 王委员 drafts a convention on the list page and adds one clause; the draft's page path. */
    private String draftWithOneClause() throws Exception {
        String list = "/communities/" + community.id.value() + "/conventions";
        MvcResult drafted = sessions.as(community.wang, post(list).param("title", "锦苑广场公约")
                                                                   .param("preamble", "共同约定如下。")
                                                                   .param("stakeholderGroups", "MERCHANT"), null)
                                    .andExpect(redirectedUrlPattern("/conventions/*"))
                                    .andReturn();
        String page = drafted.getResponse().getRedirectedUrl();
        sessions.as(community.wang, post(page + "/clauses").param("text", "广场舞每晚九点前结束。")
                                                           .param("reason", "居民反映"), null)
                .andExpect(flash().attribute("saved", true));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> sessions.as(community.wang, get(page), null)
                .andExpect(content().string(containsString("广场舞每晚九点前结束。"))));
        return page;
    }

    private String html(PersonId person, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        return sessions.as(person, request, null).andExpect(status().isOk()).andReturn().getResponse()
                       .getContentAsString();
    }
}
