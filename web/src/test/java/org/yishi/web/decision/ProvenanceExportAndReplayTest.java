package org.yishi.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yishi.command.api.community.PersonId;
import org.yishi.web.RunningApplication;
import org.yishi.web.motion.MotionDriver;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A secret vote in a session passes and becomes a decision: its export carries the provenance timeline to whoever
 * may read the decision (the committee while it is a draft, anyone once it is published to everyone) and names no
 * voter; once the session has closed, its members replay it step by step, and nobody else does.
 */
class ProvenanceExportAndReplayTest extends RunningApplication {

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
    @Autowired
    ObjectMapper json;

    TestCommunity community;
    SessionDriver sessions;
    MotionDriver motions;
    MotionDriver.Running session;
    String decision;

    @BeforeEach
    void aSecretVotePassedInASessionThatThenClosed() throws Exception {
        community = new TestCommunity(commands, credentials, users);
        sessions = new SessionDriver(mvc, community);
        sessions.awaitMembers(queries);
        motions = new MotionDriver(sessions, community);
        session = motions.running(List.of(community.zhang, community.li, community.chen));
        String motion = motions.open(session, "广场舞晚上九点前结束", """
                "method":"YES_NO_ABSTAIN","abstainAllowed":true,"secrecy":"SECRET","unit":"PERSON","changeable":true""");
        motions.vote(community.zhang, motion, "YES", "z").andExpect(status().isNoContent());
        motions.vote(community.li, motion, "YES", "l").andExpect(status().isNoContent());
        motions.close(motion);
        decision = "motion-" + motion;
        eventually(() -> read(community.wang, "/api/decisions/" + decision)
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.provenance.timeline[*].event", hasItems("MotionOpened", "MotionClosed"))));
        String base = "/api/sessions/" + session.sessionId();
        sessions.done(community.wang, base + "/items/" + session.itemId() + "/close",
                      "{\"outcome\":\"REFERRED_TO_VOTE\",\"text\":\"表决通过\"}");
        sessions.done(community.wang, base + "/close", null);
        eventually(() -> read(community.wang, base + "/board")
                .andExpect(jsonPath("$.sections.header.status").value("CLOSED")));
    }

    @Test
    void theExportOfADraftIsTheCommitteesAndOfADecisionPublishedToEveryoneAnyonesWithItsTimeline() throws Exception {
        String export = "/decisions/" + decision + ".json";
        mvc.perform(get(export)).andExpect(status().isForbidden());
        read(community.zhang, export).andExpect(status().isForbidden())
                                     .andExpect(jsonPath("$.messages.en", containsString("You may not read")));
        read(community.wang, export)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString(decision + ".json")))
                .andExpect(jsonPath("$.decisionId").value(decision))
                .andExpect(jsonPath("$.provenance.timeline[0].position").isNumber());

        sessions.done(community.wang, "/api/decisions/" + decision + "/submit", null);
        sessions.done(community.sun, "/api/decisions/" + decision + "/approve", null);
        eventually(() -> read(community.wang, "/api/decisions/" + decision)
                .andExpect(jsonPath("$.status").value("APPROVED")));
        sessions.done(community.wang, "/api/decisions/" + decision + "/publish", "{\"visibility\":\"PUBLIC\"}");

        eventually(() -> mvc.perform(get(export))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.status").value("PUBLISHED"))
                            .andExpect(jsonPath("$.provenance.timeline[*].event", hasItems(
                                    "SessionScheduled", "AgendaItemAdded", "MotionOpened", "VoteRecorded",
                                    "BallotsUnsealed", "MotionClosed", "AgendaItemClosed", "SessionClosed",
                                    "DecisionRecorded", "DecisionSubmittedForReview", "DecisionApproved",
                                    "DecisionPublished"))));
        String body = mvc.perform(get(export)).andExpect(status().isOk())
                         .andExpect(jsonPath("$.provenance.timeline[?(@.stage == 'VOTE' && @.event != 'MotionOpened'"
                                             + " && @.event != 'MotionClosed')].actor", everyItem(nullValue())))
                         .andExpect(jsonPath("$.provenance.timeline[?(@.event == 'MotionClosed')].what.english",
                                             hasItems(containsString("yes out of"))))
                         .andReturn().getResponse().getContentAsString();
        // the two who voted did nothing else in this session: nothing in the export may name them
        for (PersonId voter : List.of(community.zhang, community.li)) {
            assertThat(body).doesNotContain(voter.value()).doesNotContain(name(voter));
        }
        mvc.perform(get("/communities/" + community.id.value() + "/archive.csv").header("Accept-Language", "en"))
           .andExpect(status().isOk())
           .andExpect(content().contentTypeCompatibleWith("text/csv"))
           .andExpect(content().string(containsString("decision,title,published")))
           .andExpect(content().string(containsString(decision)))
           .andExpect(content().string(containsString("passed")))
           .andExpect(content().string(containsString("YES=2")));
        mvc.perform(get("/decisions/" + decision))
           .andExpect(status().isOk())
           .andExpect(content().string(containsString("data-role=\"timeline\"")))
           .andExpect(content().string(containsString("data-event=\"MotionClosed\"")));
    }

    @Test
    void aMemberReplaysTheClosedSessionStepByStepAndAVisitorOrAnOutsiderDoesNot() throws Exception {
        String replay = "/api/sessions/" + session.sessionId() + "/replay";
        mvc.perform(get(replay)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/sessions/" + session.sessionId() + "/replay")).andExpect(status().is3xxRedirection());
        read(community.outsider, replay).andExpect(status().isForbidden());

        String steps = read(community.zhang, replay)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].event").value("SessionScheduled"))
                .andExpect(jsonPath("$.steps[0].changed.header.title").value("六月党群议事日"))
                .andExpect(jsonPath("$.steps[-1].event").value("SessionClosed"))
                .andExpect(jsonPath("$.steps[*].event", hasItems("ParticipantCheckedIn", "MotionOpened",
                                                                 "VoteRecorded", "MotionClosed")))
                .andReturn().getResponse().getContentAsString();
        JsonNode live = json.readTree(read(community.zhang, "/api/sessions/" + session.sessionId() + "/board")
                                              .andReturn().getResponse().getContentAsString());
        JsonNode last = json.readTree(steps).get("steps").get(json.readTree(steps).get("steps").size() - 1);
        JsonNode rebuilt = json.readTree(read(community.zhang, replay + "?upTo=" + last.get("position").asLong())
                                                 .andExpect(status().isOk())
                                                 .andReturn().getResponse().getContentAsString());
        assertThat(rebuilt.get("sections")).isEqualTo(live.get("sections"));

        sessions.as(community.zhang, get("/sessions/" + session.sessionId() + "/replay"), null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/js/replay.js")))
                .andExpect(content().string(containsString("data-role=\"slider\"")));
        eventually(() -> read(community.zhang, "/sessions/" + session.sessionId() + "/minutes")
                .andExpect(content().string(containsString("/sessions/" + session.sessionId() + "/replay"))));
        sessions.as(community.outsider, get("/sessions/" + session.sessionId() + "/replay"), null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只有本社区的成员可以查看")));
    }

    @Test
    void aSessionThatHasNotClosedIsNotReplayed() throws Exception {
        String open = sessions.schedule(false).sessionId();

        sessions.as(community.zhang, get("/api/sessions/" + open + "/replay").header("Accept-Language", "en"), null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.messages['zh-CN']").value(containsString("会议结束后才能回放")))
                .andExpect(jsonPath("$.messages.en").value(containsString("once it has closed")));
        read(community.zhang, "/sessions/" + open + "/replay")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-role=\"not-closed\"")));
    }

    private String name(PersonId person) {
        return person.equals(community.zhang) ? "张阿姨" : "李师傅";
    }

    private ResultActions read(PersonId person, String path) throws Exception {
        return sessions.as(person, get(path), null);
    }

    private void eventually(ThrowingRunnable check) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(check::run);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
