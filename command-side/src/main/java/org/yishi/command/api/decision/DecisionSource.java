package org.yishi.command.api.decision;

/** What a decision came from. */
public enum DecisionSource {
    MOTION("表决通过", "a passed motion"),
    RECOMMENDATION("议事建议", "a session item's recommendation");

    private final String chinese;
    private final String english;

    DecisionSource(String chinese, String english) {
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
