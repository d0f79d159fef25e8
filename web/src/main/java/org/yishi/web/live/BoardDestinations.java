package org.yishi.web.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The STOMP destinations of the live protocol, and the session each one is about. */
final class BoardDestinations {

    static final String ERRORS = "/user/queue/errors";

    private static final Pattern TOPIC = Pattern.compile("/topic/sessions/([^/]+)/board");
    private static final Pattern CATCH_UP = Pattern.compile("/app/sessions/([^/]+)/board/since/(-?\\d{1,18})");

    private BoardDestinations() {
    }

    static String topic(String sessionId) {
        return "/topic/sessions/" + sessionId + "/board";
    }

    /** The session whose board topic this is. */
    static Optional<String> topicSession(String destination) {
        return session(TOPIC, destination);
    }

    /** The session whose board this destination shows, pushed or caught up with. */
    static Optional<String> boardSession(String destination) {
        return topicSession(destination).or(() -> session(CATCH_UP, destination));
    }

    private static Optional<String> session(Pattern pattern, String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(destination);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
