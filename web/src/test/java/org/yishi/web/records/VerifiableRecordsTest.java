package org.yishi.web.records;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
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

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A newcomer's path through verifiable records over HTTP: a decision published to everyone shows its fingerprint and
 * the checkpoint that includes it, its inclusion proof verifies for anyone, the administrators' records page runs
 * verification and passes; after one stored event behind it is changed by hand, the proof fails and the page names
 * the broken commit.
 */
class VerifiableRecordsTest extends RunningApplication {

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
    MongoDatabase database;

    TestCommunity community;
    SessionDriver sessions;
    String motion;
    String decision;

    @BeforeEach
    void aDecisionPublishedToEveryone() throws Exception {
        community = new TestCommunity(commands, credentials, users);
        sessions = new SessionDriver(mvc, community);
        sessions.awaitMembers(queries);
        MotionDriver motions = new MotionDriver(sessions, community);
        MotionDriver.Running session = motions.running(List.of(community.zhang, community.li, community.chen));
        motion = motions.open(session, "楼道里装声控灯", """
                "method":"YES_NO_ABSTAIN","abstainAllowed":true,"secrecy":"NAMED","unit":"PERSON","changeable":true""");
        motions.vote(community.zhang, motion, "YES", "z").andExpect(status().isNoContent());
        motions.vote(community.li, motion, "YES", "l").andExpect(status().isNoContent());
        motions.close(motion);
        decision = "motion-" + motion;
        eventually(() -> read(community.wang, "/api/decisions/" + decision).andExpect(status().isOk()));
        sessions.done(community.wang, "/api/decisions/" + decision + "/submit", null);
        sessions.done(community.sun, "/api/decisions/" + decision + "/approve", null);
        eventually(() -> read(community.wang, "/api/decisions/" + decision)
                .andExpect(jsonPath("$.status").value("APPROVED")));
        sessions.done(community.wang, "/api/decisions/" + decision + "/publish", "{\"visibility\":\"PUBLIC\"}");
        eventually(() -> mvc.perform(get("/decisions/" + decision + ".json"))
                            .andExpect(jsonPath("$.status").value("PUBLISHED"))
                            .andExpect(jsonPath("$.fingerprint.checkpoint.root").isString()));
    }

    @Test
    void thePublishedDecisionsFingerprintAndProofHoldUntilAStoredEventBehindItIsChanged() throws Exception {
        String root = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(get("/decisions/" + decision + ".json")).andReturn().getResponse().getContentAsString(),
                "$.fingerprint.checkpoint.root");
        mvc.perform(get("/decisions/" + decision + ".json"))
           .andExpect(jsonPath("$.decisionId").value(decision))
           .andExpect(jsonPath("$.fingerprint.commits[*].role", hasItems("decision", "session", "motion")))
           .andExpect(jsonPath("$.fingerprint.commits[*].hash", everyItem(org.hamcrest.Matchers.matchesPattern(
                   "[0-9a-f]{64}"))));
        mvc.perform(get("/decisions/" + decision))
           .andExpect(status().isOk())
           .andExpect(content().string(containsString("data-role=\"fingerprint\"")))
           .andExpect(content().string(containsString(root)));
        mvc.perform(get("/api/records/checkpoints/latest")).andExpect(status().isOk())
           .andExpect(jsonPath("$.root").value(root));
        mvc.perform(get("/api/records/proof").param("decision", decision))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.decision").value(decision))
           .andExpect(jsonPath("$.proof.checkpoint.root").value(root))
           .andExpect(jsonPath("$.proof.aggregates[*].aggregateId", hasItems(decision, motion)))
           .andExpect(jsonPath("$.proof.aggregates[*].verified", everyItem(org.hamcrest.Matchers.is(true))))
           .andExpect(jsonPath("$.proof.verified").value(true));
        read(community.admin, "/admin/" + community.id.value())
                .andExpect(content().string(containsString("/admin/" + community.id.value() + "/records")));
        read(community.admin, "/admin/" + community.id.value() + "/records")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-result=\"ok\"")));

        Document original = database.getCollection("commits").find(eq("key", motion + "#0")).first();
        try {
            database.getCollection("commits").updateOne(eq("key", motion + "#0"),
                                                        set("events.0.payload.question", "楼道里不装声控灯"));

            mvc.perform(get("/api/records/proof").param("decision", decision))
               .andExpect(status().isOk())
               .andExpect(jsonPath("$.proof.verified").value(false))
               .andExpect(jsonPath("$.proof.aggregates[?(@.aggregateId == '" + motion + "')].problem",
                                   hasItems(containsString(motion + "#0"))));
            read(community.admin, "/admin/" + community.id.value() + "/records")
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-result=\"broken\"")))
                    .andExpect(content().string(containsString("commit " + motion + "#0")))
                    .andExpect(content().string(containsString("HASH_MISMATCH")));
        } finally {
            database.getCollection("commits").replaceOne(eq("_id", original.get("_id")), original);
        }
        mvc.perform(get("/api/records/proof").param("decision", decision))
           .andExpect(jsonPath("$.proof.verified").value(true));
    }

    @Test
    void onlyAnAdministratorRunsVerificationAndTheProofAsksForADecision() throws Exception {
        read(community.wang, "/admin/" + community.id.value() + "/records")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只有本社区的管理员可以运行存证核验")))
                .andExpect(content().string(not(containsString("data-role=\"verification\""))));
        mvc.perform(get("/admin/" + community.id.value() + "/records")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/records/proof").header("Accept-Language", "en"))
           .andExpect(status().isUnprocessableEntity())
           .andExpect(jsonPath("$.messages['zh-CN']").value(containsString("decision 参数")))
           .andExpect(jsonPath("$.messages.en").value(containsString("Say which decision")));
        mvc.perform(get("/api/records/proof").param("decision", decision).param("checkpoint", "999999"))
           .andExpect(status().isNotFound());
        sessions.as(community.admin, post("/admin/" + community.id.value() + "/records/checkpoint"), null)
                .andExpect(status().is3xxRedirection());
    }

    private ResultActions read(PersonId person, String path) throws Exception {
        return sessions.as(person, get(path), null);
    }

    private void eventually(ThrowingRunnable check) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(check::run);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
