package org.yishi.web.motion;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.ResultActions;
import org.yishi.command.api.community.PersonId;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Votes of a {@link TestCommunity} through the REST API: 王委员 runs a session whose item is under way with the given
 * people checked in, opens a motion on it, and closes it; residents cast ballots under an idempotency key.
 */
public final class MotionDriver {

    private final SessionDriver sessions;
    private final TestCommunity community;

    public MotionDriver(SessionDriver sessions, TestCommunity community) {
        this.sessions = sessions;
        this.community = community;
    }

    /** A session that is open, its one item running, with {@code present} checked in online. */
    public Running running(List<PersonId> present) throws Exception {
        String id = sessions.schedule(false).sessionId();
        String item = sessions.addItem(id, "广场舞音量");
        sessions.done(community.wang, "/api/sessions/" + id + "/open", null);
        sessions.done(community.wang, "/api/sessions/" + id + "/items/" + item + "/start", null);
        for (PersonId person : present) {
            sessions.checkInOnline(id, person);
        }
        return new Running(id, item);
    }

    /** 王委员 opens a yes / no / abstain vote on the running item; {@code options} is the rest of the JSON body. */
    public String open(Running session, String question, String settings) throws Exception {
        String body = sessions.as(community.wang, post("/api/sessions/" + session.sessionId() + "/motions"), """
                {"itemId":"%s","question":"%s",%s}""".formatted(session.itemId(), question, settings))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.motionId");
    }

    public ResultActions vote(PersonId voter, String motionId, String option, String key) throws Exception {
        return sessions.as(voter, put("/api/motions/" + motionId + "/ballot").header("Idempotency-Key", key), """
                {"option":"%s"}""".formatted(option));
    }

    public void close(String motionId) throws Exception {
        sessions.done(community.wang, "/api/motions/" + motionId + "/close", null);
    }

    /** Waits until the voter's ballot view has caught up, so that it can be asserted on. */
    public void awaitBallot(PersonId voter, String motionId, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> sessions.as(voter, get("/api/motions/" + motionId), null)
                              .andExpect(status().isOk())
                              .andExpect(jsonPath("$.status").value(status)));
    }

    public ResultActions ballot(PersonId voter, String motionId) throws Exception {
        return sessions.as(voter, get("/api/motions/" + motionId), null);
    }

    public ResultActions tally(String motionId) throws Exception {
        return sessions.as(community.wang, get("/api/motions/" + motionId + "/tally"), null);
    }

    public record Running(String sessionId, String itemId) {
    }
}
