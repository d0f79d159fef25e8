package org.yishi.command.api.session;

/** Where a session stands. */
public enum SessionStatus {
    SCHEDULED("已安排", "scheduled"),
    OPEN("进行中", "in session"),
    ADJOURNED("休会", "adjourned"),
    CLOSED("已结束", "closed");
    private final String chinese;
    private final String english;

    SessionStatus(String chinese, String english) {
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
