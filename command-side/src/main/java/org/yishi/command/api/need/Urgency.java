package org.yishi.command.api.need;

/** 急难愁盼: whether a need is urgent or can wait its turn. */
public enum Urgency {
    URGENT("急难愁盼", "urgent"),
    ORDINARY("一般", "ordinary");

    private final String chinese;
    private final String english;

    Urgency(String chinese, String english) {
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
