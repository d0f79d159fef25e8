package org.yishi.command.api.decision;

/** Who may read a published decision. */
public enum Visibility {
    COMMUNITY("本社区成员", "members of the community"),
    PUBLIC("所有人", "everyone");

    private final String chinese;
    private final String english;

    Visibility(String chinese, String english) {
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
