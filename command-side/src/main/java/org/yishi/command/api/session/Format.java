package org.yishi.command.api.session;

/** Where participants take part. */
public enum Format {
    IN_ROOM("现场", "in the room"),
    ONLINE("线上", "online"),
    HYBRID("现场加线上", "in the room and online");
    private final String chinese;
    private final String english;

    Format(String chinese, String english) {
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
