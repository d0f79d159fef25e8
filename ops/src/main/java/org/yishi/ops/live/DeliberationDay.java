package org.yishi.ops.live;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session under load, set up through the REST API as staff would: a committee member schedules a deliberation
 * day in 锦苑社区 with a public board and adds an item; the moderator publishes the agenda, opens the session and
 * starts the item.
 */
record DeliberationDay(String sessionId, String joinCode, String itemId) {

    static final String COMMUNITY = "jinyuan";
    /** Long enough that no turn runs out during a run: the moderator ends every turn. */
    static final int SPEAKING_SECONDS = 600;

    static DeliberationDay setUp(WebUser committee, WebUser moderator) throws IOException, InterruptedException {
        String startsAt = Instant.now().plus(Duration.ofMinutes(5)).toString();
        WebUser.Reply scheduled = committee.post(
                "api/communities/" + COMMUNITY + "/sessions",
                "{\"kind\":\"DELIBERATION_DAY\",\"title\":\"压力测试议事日 load test deliberation day\","
                + "\"startsAt\":\"" + startsAt + "\",\"place\":\"社区活动中心\",\"format\":\"HYBRID\","
                + "\"moderatorId\":\"" + moderator.personId + "\",\"invitedGroups\":[],"
                + "\"speakingSeconds\":" + SPEAKING_SECONDS + ",\"publicBoard\":true}")
                                            .orThrow("Scheduling the session");
        String sessionId = field(scheduled.body(), "sessionId");
        String joinCode = field(scheduled.body(), "joinCode");
        WebUser.Reply added = committee.post("api/sessions/" + sessionId + "/agenda",
                                             "{\"title\":\"晚上广场舞音乐太吵 square dancing noise\","
                                             + "\"plannedMinutes\":30,\"speakingSeconds\":" + SPEAKING_SECONDS + "}")
                                       .orThrow("Adding the agenda item");
        String itemId = field(added.body(), "itemId");
        committee.post("api/sessions/" + sessionId + "/agenda/publish", null).orThrow("Publishing the agenda");
        moderator.post("api/sessions/" + sessionId + "/open", null).orThrow("Opening the session");
        moderator.post("api/sessions/" + sessionId + "/items/" + itemId + "/start", null).orThrow("Starting the item");
        return new DeliberationDay(sessionId, joinCode, itemId);
    }

    /** A string field of a small JSON answer. */
    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return value.group(1);
    }

    /** The position of the session's board as {@code GET /api/sessions/{id}/board} has it now. */
    long boardPosition(WebUser reader) throws IOException, InterruptedException {
        String board = reader.get("api/sessions/" + sessionId + "/board").orThrow("Reading the board").body();
        return BoardFrames.firstLong(board, "\"position\":", 0);
    }

    String topic() {
        return "/topic/sessions/" + sessionId + "/board";
    }

    String catchUp(long since) {
        return "/app/sessions/" + sessionId + "/board/since/" + since;
    }

    String path(String rest) {
        return "api/sessions/" + sessionId + rest;
    }
}
