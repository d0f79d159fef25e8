package org.yishi.command.api.proposal;

/** Where an accepted proposal goes next. */
public enum Destination {
    DELIBERATION_DAY("党群议事日", "deliberation day"),
    FOR_VOTE("提交表决", "put to a vote");

    private final String chinese;
    private final String english;

    Destination(String chinese, String english) {
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
