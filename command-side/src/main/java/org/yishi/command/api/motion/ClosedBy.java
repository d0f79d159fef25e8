package org.yishi.command.api.motion;

/** What closed a motion. */
public enum ClosedBy {
    MODERATOR("主持人结束表决", "closed by the moderator"),
    DEADLINE("表决截止时间到", "the deadline passed");

    private final String chinese;
    private final String english;

    ClosedBy(String chinese, String english) {
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
