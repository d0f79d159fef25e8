package org.yishi.ops.ballots;

import org.yishi.ops.live.WebUser;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One standalone online vote of 锦苑社区, opened over REST by a committee member as the web page does: yes / no /
 * abstain, one vote per person, named, no changes, every verified resident on the roll, closing in a day.
 */
record OnlineVote(String motionId) {

    static final String COMMUNITY = "jinyuan";

    static OnlineVote open(WebUser committee, String question) throws IOException, InterruptedException {
        String closesAt = Instant.now().plus(Duration.ofDays(1)).toString();
        WebUser.Reply opened = committee.post("api/communities/" + COMMUNITY + "/motions", """
                {"question":"%s","method":"YES_NO_ABSTAIN","options":[],"abstainAllowed":true,
                 "tieRule":"NO_CHOICE","secrecy":"NAMED","unit":"PERSON",
                 "electorate":"ADULT_RESIDENTS","stakeholderGroups":[],"changeable":false,"closesAt":"%s"}"""
                .formatted(question, closesAt)).orThrow("Opening the vote");
        return new OnlineVote(field(opened.body(), "motionId"));
    }

    /** One ballot, with a fresh idempotency key, as a phone sends it. */
    CompletableFuture<WebUser.Reply> vote(WebUser voter, String option) {
        return voter.sendAsync("PUT", "api/motions/" + motionId + "/ballot", "{\"option\":\"" + option + "\"}",
                               Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    void close(WebUser committee) throws IOException, InterruptedException {
        committee.post("api/motions/" + motionId + "/close", null).orThrow("Closing the vote");
    }

    /** The ballots counted once the vote is closed and its views caught up, or -1 if they do not in time. */
    long countedBallots(WebUser reader, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Pattern ballots = Pattern.compile("\"ballots\"\\s*:\\s*(\\d+)");
        while (System.nanoTime() < deadline) {
            WebUser.Reply view = reader.get("api/motions/" + motionId);
            Matcher counted = ballots.matcher(view.body());
            if (view.ok() && counted.find()) {
                return Long.parseLong(counted.group(1));
            }
            Thread.sleep(200);
        }
        return -1;
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return value.group(1);
    }
}
