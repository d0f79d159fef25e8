package org.yishi.command.api.motion;

/** How a motion ended. */
public enum ResultOutcome {
    PASSED("通过", "passed"),
    NOT_PASSED("未通过", "not passed"),
    TIED("平票", "tied"),
    NO_QUORUM("未达法定人数", "quorum not reached");

    private final String chinese;
    private final String english;

    ResultOutcome(String chinese, String english) {
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
