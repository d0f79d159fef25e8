package org.yishi.command.api.motion;

/** Whether a ballot names its voter. */
public enum Secrecy {
    NAMED("记名投票", "named ballot"),
    SECRET("不记名投票", "secret ballot");

    private final String chinese;
    private final String english;

    Secrecy(String chinese, String english) {
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
