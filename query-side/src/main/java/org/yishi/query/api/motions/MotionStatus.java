package org.yishi.query.api.motions;

/** Whether a motion still takes ballots. */
public enum MotionStatus {
    OPEN("表决中", "voting open"),
    CLOSED("表决已结束", "voting closed");

    private final String chinese;
    private final String english;

    MotionStatus(String chinese, String english) {
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
