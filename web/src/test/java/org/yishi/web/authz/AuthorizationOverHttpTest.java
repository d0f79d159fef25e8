package org.yishi.web.authz;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP rows of the authorization matrix (the command side's {@code *AuthorizationMatrixTest} holds the rest):
 * signed out is turned away before any command is sent, and a member of another community, whatever their roles
 * there, gets 403 from the main REST endpoints of this one.
 */
class AuthorizationOverHttpTest extends RunningApplication {

    private static final String PROPOSAL = """
            {"title":"广场舞噪音","description":"晚上九点后音乐仍然很响","category":"NOISE","location":"中心广场"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Credentials credentials;
    @Autowired
    UserDetailsService users;
    TestCommunity home;
    TestCommunity other;

    @BeforeEach
    void twoCommunities() {
        home = new TestCommunity(commands, credentials, users);
        other = new TestCommunity(commands, credentials, users);
    }

    private ResultActions as(TestCommunity community, PersonId person, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(community.user(person))).with(csrf())
                                     .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String submittedAtHome() throws Exception {
        String body = as(home, home.zhang, "/api/communities/" + home.id + "/proposals", PROPOSAL)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.proposalId");
    }

    @Test
    void signedOutNobodySubmitsCoSignsOrScreensAProposal() throws Exception {
        String id = submittedAtHome();
        for (String path : new String[]{"/api/communities/" + home.id + "/proposals", "/api/proposals/" + id + "/co-sign",
                "/api/proposals/" + id + "/accept", "/api/decisions/anything/approve",
                "/api/communities/" + home.id + "/members/" + home.zhang + "/invitation"}) {
            int status = mvc.perform(post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(PROPOSAL))
                            .andReturn().getResponse().getStatus();
            assertThat(status).as("signed out, POST " + path).isIn(401, 302);
        }
    }

    @Test
    void aResidentOfAnotherCommunitySubmitsNoProposalHere() throws Exception {
        as(other, other.zhang, "/api/communities/" + home.id + "/proposals", PROPOSAL)
                .andExpect(status().isForbidden());
    }

    @Test
    void aResidentOfAnotherCommunityCoSignsNoProposalHere() throws Exception {
        String id = submittedAtHome();
        as(other, other.li, "/api/proposals/" + id + "/co-sign", "").andExpect(status().isForbidden());
    }

    @Test
    void aCommitteeMemberOfAnotherCommunityScreensNoProposalHereNorDoesAResidentOfThisOne() throws Exception {
        String id = submittedAtHome();
        String accept = """
                {"destination":"DELIBERATION_DAY","plannedDate":"2026-06-06","note":"列入六月议事日"}""";
        as(other, other.wang, "/api/proposals/" + id + "/accept", accept).andExpect(status().isForbidden());
        as(home, home.li, "/api/proposals/" + id + "/accept", accept).andExpect(status().isForbidden());
        as(home, home.wang, "/api/proposals/" + id + "/accept", accept).andExpect(status().isNoContent());
    }

    @Test
    void anAdministratorOfAnotherCommunityInvitesNobodyHereNorAnyoneOfThisCommunityIntoTheirs() throws Exception {
        as(other, other.admin, "/api/communities/" + home.id + "/members/" + home.zhang.value() + "/invitation", "")
                .andExpect(status().isForbidden());
        as(other, other.admin, "/api/communities/" + other.id + "/members/" + home.zhang.value() + "/invitation", "")
                .andExpect(status().isForbidden());
        as(home, home.admin, "/api/communities/" + home.id + "/members/" + home.zhang.value() + "/invitation", "")
                .andExpect(status().isCreated());
    }
}
