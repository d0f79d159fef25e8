package org.yishi.command.api.motion;

/** Who a ballot speaks for. */
public enum VotingUnit {
    PERSON("一人一票", "one vote per person"),
    HOUSEHOLD("一户一票", "one vote per household");

    private final String chinese;
    private final String english;

    VotingUnit(String chinese, String english) {
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
