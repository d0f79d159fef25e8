package org.yishi.command.api.motion;

/** How a motion is decided. */
public enum Method {
    YES_NO_ABSTAIN("赞成/反对/弃权", "yes / no / abstain"),
    SINGLE_CHOICE("多选一", "one choice among several options"),
    CONSENT("无异议通过", "consent (passes unless someone objects)");

    private final String chinese;
    private final String english;

    Method(String chinese, String english) {
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
