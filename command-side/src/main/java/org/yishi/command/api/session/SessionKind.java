package org.yishi.command.api.session;

/**
 * What kind of session this is. A consultation produces recommendations; a residents' meeting and a
 * representatives' meeting can bind, by a vote held under their rule set.
 */
public enum SessionKind {
    DELIBERATION_DAY("党群议事日", "deliberation day"),
    RESIDENTS_MEETING("居民会议", "residents' meeting"),
    REPRESENTATIVES_MEETING("居民代表会议", "residents' representatives' meeting");

    private final String chinese;
    private final String english;

    SessionKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
